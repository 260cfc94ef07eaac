import { parseParams, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerIdParamsSchema, customerUsageQuerySchema } from "@/lib/schemas/usage";
import { getCustomerUsage } from "@/lib/services/usage/get-customer-usage";

export const GET = withApiKey<{ customerId: string }>(async ({ ctx, params, url }) => {
  parseQuery(url, customerUsageQuerySchema); // no filters; still refuses unknown ones
  return getCustomerUsage(ctx, parseParams(params, customerIdParamsSchema).customerId);
});
