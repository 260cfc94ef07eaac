import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createTaxRateSchema, listTaxRatesQuerySchema } from "@/lib/schemas/tax-rate";
import { createTaxRate } from "@/lib/services/tax-rates/create-tax-rate";
import { listTaxRates } from "@/lib/services/tax-rates/list-tax-rates";

export const GET = withApiKey(async ({ ctx, url }) => listTaxRates(ctx, parseQuery(url, listTaxRatesQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createTaxRate(ctx, parseJsonBody(bodyText, createTaxRateSchema)) }));
