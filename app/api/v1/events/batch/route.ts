import { parseJsonBody } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { usageEventBatchSchema } from "@/lib/schemas/usage-event";
import { recordUsageEvents } from "@/lib/services/usage/record-usage-events";

/** 200 when every event was stored or was a duplicate; 207 when some were rejected (see `errors`). */
export const POST = withApiKey(async ({ ctx, bodyText }) => {
  const result = await recordUsageEvents(ctx, parseJsonBody(bodyText, usageEventBatchSchema).events);
  return { status: result.errors.length > 0 ? 207 : 200, body: result };
});
