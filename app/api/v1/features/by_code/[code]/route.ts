import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { codeParamsSchema } from "@/lib/schemas/catalog";
import { getFeatureByCode } from "@/lib/services/catalog/get-feature-by-code";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getFeatureByCode(ctx, parseParams(params, codeParamsSchema).code));
