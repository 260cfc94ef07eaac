import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { subscriptionActionSchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { undoCancel } from "@/lib/services/subscriptions/undo-cancel";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, subscriptionActionSchema);
  return undoCancel(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId);
});
