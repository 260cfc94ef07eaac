import "server-only";
import { prisma } from "../../db/client";
import { listExchangeRates as selectRates } from "../../db/exchange-rates";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ExchangeRateDto, ListExchangeRatesQuery } from "../../schemas/exchange-rate";
import type { Ctx } from "../context";
import { toExchangeRateDto } from "./dto";

/** Latest effective first; filter by base and/or quote currency. */
export async function listExchangeRates(_ctx: Ctx, query: ListExchangeRatesQuery): Promise<ListResponse<ExchangeRateDto>> {
  const rows = await selectRates(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    baseCurrency: query.base_currency,
    quoteCurrency: query.quote_currency,
  });
  return toPage(rows, query.limit, (row) => row.id, toExchangeRateDto);
}
