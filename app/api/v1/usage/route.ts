import { parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { usageSeriesQuerySchema } from "@/lib/schemas/usage";
import { getUsageSeries } from "@/lib/services/usage/get-usage-series";

export const GET = withApiKey(async ({ ctx, url }) => getUsageSeries(ctx, parseQuery(url, usageSeriesQuerySchema)));
