import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createCustomerSchema, listCustomersQuerySchema } from "@/lib/schemas/customer";
import { createCustomer } from "@/lib/services/customers/create-customer";
import { listCustomers } from "@/lib/services/customers/list-customers";

export const GET = withApiKey(async ({ ctx, url }) => listCustomers(ctx, parseQuery(url, listCustomersQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createCustomer(ctx, parseJsonBody(bodyText, createCustomerSchema)) }));
