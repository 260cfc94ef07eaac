import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { planIdParamsSchema, updatePlanSchema } from "@/lib/schemas/plan";
import { getPlan } from "@/lib/services/plans/get-plan";
import { updatePlan } from "@/lib/services/plans/update-plan";

export const GET = withApiKey<{ planId: string }>(async ({ ctx, params }) => getPlan(ctx, parseParams(params, planIdParamsSchema).planId));

export const PATCH = withApiKey<{ planId: string }>(async ({ ctx, params, bodyText }) =>
  updatePlan(ctx, parseParams(params, planIdParamsSchema).planId, parseJsonBody(bodyText, updatePlanSchema)),
);
