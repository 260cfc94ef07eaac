import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { subscriptionActionSchema, scheduledChangeParamsSchema } from "@/lib/schemas/subscription";
import { cancelScheduledChange } from "@/lib/services/subscriptions/cancel-scheduled-change";

export const POST = withApiKey<{ subscriptionId: string; changeId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, subscriptionActionSchema);
  const { subscriptionId, changeId } = parseParams(params, scheduledChangeParamsSchema);
  return cancelScheduledChange(ctx, subscriptionId, changeId);
});
