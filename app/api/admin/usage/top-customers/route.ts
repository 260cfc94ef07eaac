import { parseQuery } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { usageTopCustomersQuerySchema } from "@/lib/schemas/usage";
import { getTopCustomers } from "@/lib/services/usage/get-top-customers";

export const GET = withAdmin(async ({ ctx, url }) => getTopCustomers(ctx, parseQuery(url, usageTopCustomersQuerySchema)));
