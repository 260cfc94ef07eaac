import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { listUsageEventsQuerySchema, usageEventInputSchema } from "@/lib/schemas/usage-event";
import { listUsageEvents } from "@/lib/services/usage/list-usage-events";
import { recordUsageEvent } from "@/lib/services/usage/record-usage-events";

export const GET = withApiKey(async ({ ctx, url }) => listUsageEvents(ctx, parseQuery(url, listUsageEventsQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => {
  const { created, body } = await recordUsageEvent(ctx, parseJsonBody(bodyText, usageEventInputSchema));
  return { status: created ? 201 : 200, body };
});
