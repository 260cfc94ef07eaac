import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { planVersionParamsSchema } from "@/lib/schemas/plan";
import { getPlanVersion } from "@/lib/services/plans/get-plan-version";

export const GET = withApiKey<{ planId: string; version: string }>(async ({ ctx, params }) => {
  const { planId, version } = parseParams(params, planVersionParamsSchema);
  return getPlanVersion(ctx, planId, version);
});
