import { parseQuery } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { listUsageEventsQuerySchema } from "@/lib/schemas/usage-event";
import { listUsageEvents } from "@/lib/services/usage/list-usage-events";

export const GET = withAdmin(async ({ ctx, url }) => listUsageEvents(ctx, parseQuery(url, listUsageEventsQuerySchema)));
