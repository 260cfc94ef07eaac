import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { taxRateCodeParamsSchema } from "@/lib/schemas/tax-rate";
import { getTaxRateByCode } from "@/lib/services/tax-rates/get-tax-rate";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getTaxRateByCode(ctx, parseParams(params, taxRateCodeParamsSchema).code));
