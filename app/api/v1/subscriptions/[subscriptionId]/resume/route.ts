import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { subscriptionActionSchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { resumeSubscription } from "@/lib/services/subscriptions/resume-subscription";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, subscriptionActionSchema);
  return resumeSubscription(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId);
});
