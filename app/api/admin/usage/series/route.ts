import { parseQuery } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { usageSeriesQuerySchema } from "@/lib/schemas/usage";
import { getUsageSeries } from "@/lib/services/usage/get-usage-series";

export const GET = withAdmin(async ({ ctx, url }) => getUsageSeries(ctx, parseQuery(url, usageSeriesQuerySchema)));
