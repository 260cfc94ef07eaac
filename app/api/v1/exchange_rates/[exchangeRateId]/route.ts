import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { exchangeRateIdParamsSchema } from "@/lib/schemas/exchange-rate";
import { deleteExchangeRate } from "@/lib/services/catalog/delete-exchange-rate";
import { getExchangeRate } from "@/lib/services/catalog/get-exchange-rate";

export const GET = withApiKey<{ exchangeRateId: string }>(async ({ ctx, params }) => getExchangeRate(ctx, parseParams(params, exchangeRateIdParamsSchema).exchangeRateId));

export const DELETE = withApiKey<{ exchangeRateId: string }>(async ({ ctx, params }) =>
  deleteExchangeRate(ctx, parseParams(params, exchangeRateIdParamsSchema).exchangeRateId),
);
