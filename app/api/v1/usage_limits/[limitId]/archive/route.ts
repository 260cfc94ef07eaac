import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { usageLimitIdParamsSchema } from "@/lib/schemas/usage-limit";
import { setUsageLimitArchived } from "@/lib/services/usage-limits/set-usage-limit-archived";

export const POST = withApiKey<{ limitId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveChangeSchema); // no fields; still refuses unknown ones
  return setUsageLimitArchived(ctx, parseParams(params, usageLimitIdParamsSchema).limitId, true);
});
