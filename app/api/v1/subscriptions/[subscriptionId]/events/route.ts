import { parseParams, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { listSubscriptionEventsQuerySchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { listSubscriptionEvents } from "@/lib/services/subscriptions/list-subscription-events";

export const GET = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, url }) =>
  listSubscriptionEvents(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId, parseQuery(url, listSubscriptionEventsQuerySchema)),
);
