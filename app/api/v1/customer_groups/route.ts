import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createCustomerGroupSchema, listCustomerGroupsQuerySchema } from "@/lib/schemas/customer-group";
import { createCustomerGroup } from "@/lib/services/customer-groups/create-customer-group";
import { listCustomerGroups } from "@/lib/services/customer-groups/list-customer-groups";

export const GET = withApiKey(async ({ ctx, url }) => listCustomerGroups(ctx, parseQuery(url, listCustomerGroupsQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createCustomerGroup(ctx, parseJsonBody(bodyText, createCustomerGroupSchema)) }));
