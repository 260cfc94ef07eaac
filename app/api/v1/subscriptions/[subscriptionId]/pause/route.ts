import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { pauseSubscriptionSchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { pauseSubscription } from "@/lib/services/subscriptions/pause-subscription";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) =>
  pauseSubscription(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId, parseJsonBody(bodyText, pauseSubscriptionSchema)),
);
