import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createCustomerContactSchema, customerIdParamsSchema } from "@/lib/schemas/customer";
import { addCustomerContact } from "@/lib/services/customers/add-customer-contact";
import { listCustomerContacts } from "@/lib/services/customers/list-customer-contacts";

export const GET = withApiKey<{ customerId: string }>(async ({ ctx, params }) =>
  listCustomerContacts(ctx, parseParams(params, customerIdParamsSchema).customerId),
);

export const POST = withApiKey<{ customerId: string }>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await addCustomerContact(ctx, parseParams(params, customerIdParamsSchema).customerId, parseJsonBody(bodyText, createCustomerContactSchema)),
}));
