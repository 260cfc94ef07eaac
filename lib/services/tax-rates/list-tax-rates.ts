import "server-only";
import { prisma } from "../../db/client";
import { listTaxRates as selectTaxRates } from "../../db/tax-rates";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListTaxRatesQuery, TaxRateDto } from "../../schemas/tax-rate";
import type { Ctx } from "../context";
import { toTaxRateDto } from "./dto";

/** Newest first unless sorted otherwise; filters combine with AND. */
export async function listTaxRates(_ctx: Ctx, query: ListTaxRatesQuery): Promise<ListResponse<TaxRateDto>> {
  const rows = await selectTaxRates(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    filters: { sort: query.sort, q: query.q, country: query.country, inclusive: query.inclusive, status: query.status },
  });
  return toPage(rows, query.limit, (row) => row.id, toTaxRateDto);
}
