import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { codeParamsSchema } from "@/lib/schemas/catalog";
import { getProductFamilyByCode } from "@/lib/services/catalog/get-product-family-by-code";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getProductFamilyByCode(ctx, parseParams(params, codeParamsSchema).code));
