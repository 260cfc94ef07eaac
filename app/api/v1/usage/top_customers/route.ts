import { parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { usageTopCustomersQuerySchema } from "@/lib/schemas/usage";
import { getTopCustomers } from "@/lib/services/usage/get-top-customers";

export const GET = withApiKey(async ({ ctx, url }) => getTopCustomers(ctx, parseQuery(url, usageTopCustomersQuerySchema)));
