import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createExchangeRateSchema, listExchangeRatesQuerySchema } from "@/lib/schemas/exchange-rate";
import { createExchangeRate } from "@/lib/services/catalog/create-exchange-rate";
import { listExchangeRates } from "@/lib/services/catalog/list-exchange-rates";

export const GET = withApiKey(async ({ ctx, url }) => listExchangeRates(ctx, parseQuery(url, listExchangeRatesQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createExchangeRate(ctx, parseJsonBody(bodyText, createExchangeRateSchema)) }));
