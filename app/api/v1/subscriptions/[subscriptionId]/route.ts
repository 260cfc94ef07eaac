import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { getSubscription } from "@/lib/services/subscriptions/get-subscription";

export const GET = withApiKey<{ subscriptionId: string }>(async ({ ctx, params }) =>
  getSubscription(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId),
);
