import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { itemChangeSchema, subscriptionKeyParamsSchema } from "@/lib/schemas/subscription";
import { holdCharge } from "@/lib/services/subscriptions/hold-charge";

export const POST = withApiKey<{ subscriptionId: string; key: string }>(async ({ ctx, params, bodyText }) => {
  const { subscriptionId, key } = parseParams(params, subscriptionKeyParamsSchema);
  return holdCharge(ctx, subscriptionId, key, parseJsonBody(bodyText, itemChangeSchema));
});
