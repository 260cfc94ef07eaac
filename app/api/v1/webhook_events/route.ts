import { parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { listWebhookEventsQuerySchema } from "@/lib/schemas/usage-limit";
import { listWebhookEvents } from "@/lib/services/usage-limits/list-webhook-events";

export const GET = withApiKey(async ({ ctx, url }) => listWebhookEvents(ctx, parseQuery(url, listWebhookEventsQuerySchema)));
