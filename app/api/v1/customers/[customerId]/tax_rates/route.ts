import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerIdParamsSchema } from "@/lib/schemas/customer";
import { setCustomerTaxRatesSchema } from "@/lib/schemas/tax-rate";
import { getCustomerTaxRates } from "@/lib/services/tax-rates/get-customer-tax-rates";
import { setCustomerTaxRates } from "@/lib/services/tax-rates/set-customer-tax-rates";

export const GET = withApiKey<{ customerId: string }>(async ({ ctx, params }) =>
  getCustomerTaxRates(ctx, parseParams(params, customerIdParamsSchema).customerId),
);

export const PUT = withApiKey<{ customerId: string }>(async ({ ctx, params, bodyText }) =>
  setCustomerTaxRates(ctx, parseParams(params, customerIdParamsSchema).customerId, parseJsonBody(bodyText, setCustomerTaxRatesSchema)),
);
