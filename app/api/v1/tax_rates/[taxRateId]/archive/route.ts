import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveRequestSchema } from "@/lib/schemas/coupon";
import { taxRateIdParamsSchema } from "@/lib/schemas/tax-rate";
import { archiveTaxRate } from "@/lib/services/tax-rates/archive-tax-rate";

export const POST = withApiKey<{ taxRateId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveRequestSchema);
  return archiveTaxRate(ctx, parseParams(params, taxRateIdParamsSchema).taxRateId);
});
