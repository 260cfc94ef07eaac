import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { planCodeParamsSchema } from "@/lib/schemas/plan";
import { getPlanByCode } from "@/lib/services/plans/get-plan-by-code";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getPlanByCode(ctx, parseParams(params, planCodeParamsSchema).code));
