import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { planIdParamsSchema, planStatusChangeSchema } from "@/lib/schemas/plan";
import { setPlanStatus } from "@/lib/services/plans/set-plan-status";

export const POST = withApiKey<{ planId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, planStatusChangeSchema); // no fields; still refuses unknown ones
  return setPlanStatus(ctx, parseParams(params, planIdParamsSchema).planId, "activate");
});
