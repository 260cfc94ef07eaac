import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { itemChangeSchema, subscriptionKeyParamsSchema } from "@/lib/schemas/subscription";
import { removeAddOn } from "@/lib/services/subscriptions/add-ons";

export const POST = withApiKey<{ subscriptionId: string; key: string }>(async ({ ctx, params, bodyText }) => {
  const { subscriptionId, key } = parseParams(params, subscriptionKeyParamsSchema);
  return removeAddOn(ctx, subscriptionId, key, parseJsonBody(bodyText, itemChangeSchema));
});
