import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CurrencyConverter } from "@/components/catalog/currency-converter";
import { ExchangeRateForm } from "@/components/catalog/exchange-rate-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { FormError, SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { listHref } from "@/components/ui/list-href";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCurrencies } from "@/lib/billing/currency";
import { listExchangeRatesQuerySchema } from "@/lib/schemas/exchange-rate";
import { listExchangeRates } from "@/lib/services/catalog/list-exchange-rates";
import { canWrite } from "@/lib/services/context";
import { searchParam, type SearchParams } from "../../search-params";
import { CATALOG_PAGE_SIZE } from "../list-params";
import { convertAmountAction, createExchangeRateAction, deleteExchangeRateAction } from "./actions";

export const metadata = { title: "Exchange rates" };

const PATH = "/catalog/exchange-rates";

export default async function ExchangeRatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = { base_currency: searchParam(params, "base_currency"), quote_currency: searchParam(params, "quote_currency") };
  const startingAfter = searchParam(params, "starting_after");
  const query = listExchangeRatesQuerySchema.safeParse({ ...filters, limit: String(CATALOG_PAGE_SIZE), starting_after: startingAfter });
  const page = query.success ? await listExchangeRates(ctx, query.data) : undefined;
  const writable = canWrite(ctx);
  const currencies = listCurrencies();
  const currencyFilter = (name: keyof typeof filters, label: string) => (
    <SelectField label={label} name={name} defaultValue={filters[name] ?? ""} options={[{ value: "", label: "Any" }, ...currencies.map((code) => ({ value: code, label: code }))]} />
  );
  return (
    <>
      <PageHeader
        title="Exchange rates"
        description="Rates convert amounts between currencies (reports, a plan's price in another currency). Each applies from its effective time until the pair's next rate."
      />
      {!writable && <ReadOnlyNotice />}
      <div className="mb-8 grid gap-6 xl:grid-cols-2">
        {writable && <ExchangeRateForm currencies={currencies} action={createExchangeRateAction} />}
        <CurrencyConverter currencies={currencies} action={convertAmountAction} />
      </div>
      <FilterBar path={PATH} isFiltered={Boolean(filters.base_currency || filters.quote_currency)} exportHref={listHref("/api/admin/exports/exchange_rates", filters)}>
        {currencyFilter("base_currency", "Base currency")}
        {currencyFilter("quote_currency", "Quote currency")}
      </FilterBar>
      {page ? (
        <>
          <DataTable
            caption="Exchange rates, latest effective first"
            rows={page.data}
            rowKey={(rate) => rate.id}
            empty={filters.base_currency || filters.quote_currency ? "No rates for this pair." : "No exchange rates yet."}
            columns={[
              { header: "Pair", cell: (rate) => <span className="font-mono">{`${rate.base_currency} → ${rate.quote_currency}`}</span> },
              { header: "Rate", cell: (rate) => <span className="font-mono tabular-nums">{`1 ${rate.base_currency} = ${rate.rate} ${rate.quote_currency}`}</span> },
              { header: "Effective from", cell: (rate) => <LocalTime iso={rate.effective_from} /> },
              { header: "Added", cell: (rate) => <LocalTime iso={rate.created_at} /> },
              {
                header: "Actions",
                hideHeader: true,
                cell: (rate) =>
                  writable &&
                  new Date(rate.effective_from) > ctx.now && (
                    <ConfirmButton
                      label="Delete"
                      title="Delete this future rate?"
                      description={`1 ${rate.base_currency} = ${rate.rate} ${rate.quote_currency} will not take effect. Rates already in effect are kept for good.`}
                      action={deleteExchangeRateAction.bind(null, rate.id)}
                    />
                  ),
              },
            ]}
          />
          <CursorPagination path={PATH} filters={filters} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      ) : (
        <FormError message={query.error?.issues[0]?.message} />
      )}
    </>
  );
}
