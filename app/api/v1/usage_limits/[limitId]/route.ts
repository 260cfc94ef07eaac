import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { updateUsageLimitSchema, usageLimitIdParamsSchema } from "@/lib/schemas/usage-limit";
import { getUsageLimit } from "@/lib/services/usage-limits/get-usage-limit";
import { updateUsageLimit } from "@/lib/services/usage-limits/update-usage-limit";

export const GET = withApiKey<{ limitId: string }>(async ({ ctx, params }) => getUsageLimit(ctx, parseParams(params, usageLimitIdParamsSchema).limitId));

export const PATCH = withApiKey<{ limitId: string }>(async ({ ctx, params, bodyText }) =>
  updateUsageLimit(ctx, parseParams(params, usageLimitIdParamsSchema).limitId, parseJsonBody(bodyText, updateUsageLimitSchema)),
);
