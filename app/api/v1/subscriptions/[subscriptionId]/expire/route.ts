import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { expireSubscriptionSchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { expireSubscription } from "@/lib/services/subscriptions/expire-subscription";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) =>
  expireSubscription(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId, parseJsonBody(bodyText, expireSubscriptionSchema)),
);
