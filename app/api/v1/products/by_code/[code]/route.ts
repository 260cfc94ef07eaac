import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { codeParamsSchema } from "@/lib/schemas/catalog";
import { getProductByCode } from "@/lib/services/catalog/get-product-by-code";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getProductByCode(ctx, parseParams(params, codeParamsSchema).code));
