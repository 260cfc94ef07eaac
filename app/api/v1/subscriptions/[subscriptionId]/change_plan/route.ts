import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { changePlanSchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { changePlan } from "@/lib/services/subscriptions/change-plan";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) =>
  changePlan(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId, parseJsonBody(bodyText, changePlanSchema)),
);
