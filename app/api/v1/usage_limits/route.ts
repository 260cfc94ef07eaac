import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createUsageLimitSchema, listUsageLimitsQuerySchema } from "@/lib/schemas/usage-limit";
import { createUsageLimit } from "@/lib/services/usage-limits/create-usage-limit";
import { listUsageLimits } from "@/lib/services/usage-limits/list-usage-limits";

export const GET = withApiKey(async ({ ctx, url }) => listUsageLimits(ctx, parseQuery(url, listUsageLimitsQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createUsageLimit(ctx, parseJsonBody(bodyText, createUsageLimitSchema)) }));
