import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { cancelSubscriptionSchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { cancelSubscription } from "@/lib/services/subscriptions/cancel-subscription";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) =>
  cancelSubscription(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId, parseJsonBody(bodyText, cancelSubscriptionSchema)),
);
