import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerIdParamsSchema, updateCustomerSchema } from "@/lib/schemas/customer";
import { deleteCustomer } from "@/lib/services/customers/delete-customer";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { updateCustomer } from "@/lib/services/customers/update-customer";

export const GET = withApiKey<{ customerId: string }>(async ({ ctx, params }) =>
  getCustomer(ctx, parseParams(params, customerIdParamsSchema).customerId),
);

export const PATCH = withApiKey<{ customerId: string }>(async ({ ctx, params, bodyText }) =>
  updateCustomer(ctx, parseParams(params, customerIdParamsSchema).customerId, parseJsonBody(bodyText, updateCustomerSchema)),
);

export const DELETE = withApiKey<{ customerId: string }>(async ({ ctx, params }) =>
  deleteCustomer(ctx, parseParams(params, customerIdParamsSchema).customerId),
);
