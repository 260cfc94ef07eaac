import "server-only";
// CSV export of the console's lists: the same list service, filters and sort as the page,
// read page by page to the end.
import type { z } from "zod";
import { AppError } from "../../errors";
import { objectsToCsv } from "../../exports/flatten-csv";
import { listCouponsQuerySchema } from "../../schemas/coupon";
import { listCustomerGroupsQuerySchema } from "../../schemas/customer-group";
import type { ListResponse } from "../../schemas/common";
import { listExchangeRatesQuerySchema } from "../../schemas/exchange-rate";
import { listFeaturesQuerySchema } from "../../schemas/feature";
import { listPlansQuerySchema } from "../../schemas/plan";
import { listSubscriptionsQuerySchema } from "../../schemas/subscription";
import { listProductsQuerySchema } from "../../schemas/product";
import { listProductFamiliesQuerySchema } from "../../schemas/product-family";
import { listTaxRatesQuerySchema } from "../../schemas/tax-rate";
import { listUnitsQuerySchema } from "../../schemas/unit";
import { listInvoicesQuerySchema } from "../../schemas/invoice";
import { listExchangeRates } from "../catalog/list-exchange-rates";
import { listFeatures } from "../catalog/list-features";
import { listProductFamilies } from "../catalog/list-product-families";
import { listProducts } from "../catalog/list-products";
import { listUnits } from "../catalog/list-units";
import type { Ctx } from "../context";
import { listCoupons } from "../coupons/list-coupons";
import { listCustomerGroups } from "../customer-groups/list-customer-groups";
import { listPlans } from "../plans/list-plans";
import { listSubscriptions } from "../subscriptions/list-subscriptions";
import { listTaxRates } from "../tax-rates/list-tax-rates";
import { listInvoices } from "../invoices/list-invoices";

const PAGE = 100;
/** Beyond this an export is a job for the API's paging, not a browser download. */
const MAX_ROWS = 50_000;

type Paged = { limit: number; starting_after?: string };

function listExport<S extends z.ZodType<Paged>>(schema: S, list: (ctx: Ctx, query: z.infer<S>) => Promise<ListResponse<object>>) {
  return async (ctx: Ctx, rawQuery: Record<string, string>) => {
    const query = schema.parse({ ...rawQuery, limit: String(PAGE) });
    const rows: object[] = [];
    let cursor: string | undefined;
    do {
      const page = await list(ctx, { ...query, starting_after: cursor });
      rows.push(...page.data);
      cursor = page.next_cursor ?? undefined;
    } while (cursor && rows.length < MAX_ROWS);
    return objectsToCsv(rows);
  };
}

const EXPORTS = {
  subscriptions: listExport(listSubscriptionsQuerySchema, listSubscriptions),
  plans: listExport(listPlansQuerySchema, listPlans),
  products: listExport(listProductsQuerySchema, listProducts),
  product_families: listExport(listProductFamiliesQuerySchema, listProductFamilies),
  units: listExport(listUnitsQuerySchema, listUnits),
  features: listExport(listFeaturesQuerySchema, listFeatures),
  exchange_rates: listExport(listExchangeRatesQuerySchema, listExchangeRates),
  coupons: listExport(listCouponsQuerySchema, listCoupons),
  tax_rates: listExport(listTaxRatesQuerySchema, listTaxRates),
  customer_groups: listExport(listCustomerGroupsQuerySchema, listCustomerGroups),
  invoices: listExport(listInvoicesQuerySchema, listInvoices),
};

export type ExportableList = keyof typeof EXPORTS;

export const isExportableList = (name: string): name is ExportableList => name in EXPORTS;

/** `rawQuery`: the list page's filters and sort (`limit` and `starting_after` are ignored). */
export async function exportListCsv(ctx: Ctx, name: string, rawQuery: Record<string, string>): Promise<string> {
  if (!isExportableList(name)) throw new AppError("not_found", `No list named '${name}' can be exported.`, { param: "list" });
  const { limit: _limit, starting_after: _cursor, ...filters } = rawQuery;
  return EXPORTS[name](ctx, filters);
}
