import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { duplicatePlanSchema, planIdParamsSchema } from "@/lib/schemas/plan";
import { duplicatePlan } from "@/lib/services/plans/duplicate-plan";

export const POST = withApiKey<{ planId: string }>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await duplicatePlan(ctx, parseParams(params, planIdParamsSchema).planId, parseJsonBody(bodyText, duplicatePlanSchema)),
}));
