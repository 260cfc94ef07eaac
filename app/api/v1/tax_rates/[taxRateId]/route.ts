import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { taxRateIdParamsSchema, updateTaxRateSchema } from "@/lib/schemas/tax-rate";
import { getTaxRate } from "@/lib/services/tax-rates/get-tax-rate";
import { updateTaxRate } from "@/lib/services/tax-rates/update-tax-rate";

export const GET = withApiKey<{ taxRateId: string }>(async ({ ctx, params }) => getTaxRate(ctx, parseParams(params, taxRateIdParamsSchema).taxRateId));

export const PATCH = withApiKey<{ taxRateId: string }>(async ({ ctx, params, bodyText }) =>
  updateTaxRate(ctx, parseParams(params, taxRateIdParamsSchema).taxRateId, parseJsonBody(bodyText, updateTaxRateSchema)),
);
