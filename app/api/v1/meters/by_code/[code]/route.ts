import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { codeParamsSchema } from "@/lib/schemas/catalog";
import { getMeterByCode } from "@/lib/services/meters/get-meter-by-code";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getMeterByCode(ctx, parseParams(params, codeParamsSchema).code));
