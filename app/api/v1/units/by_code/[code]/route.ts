import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { codeParamsSchema } from "@/lib/schemas/catalog";
import { getUnitByCode } from "@/lib/services/catalog/get-unit-by-code";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getUnitByCode(ctx, parseParams(params, codeParamsSchema).code));
