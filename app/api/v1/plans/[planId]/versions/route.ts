import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { planIdParamsSchema } from "@/lib/schemas/plan";
import { listPlanVersions } from "@/lib/services/plans/list-plan-versions";

export const GET = withApiKey<{ planId: string }>(async ({ ctx, params }) => listPlanVersions(ctx, parseParams(params, planIdParamsSchema).planId));
