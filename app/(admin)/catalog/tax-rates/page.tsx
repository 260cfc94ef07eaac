import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { columnSort, listHref } from "@/components/ui/list-href";
import { TaxRateForm } from "@/components/tax-rates/tax-rate-form";
import { TaxRateTable } from "@/components/tax-rates/tax-rate-table";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listTaxRatesQuerySchema } from "@/lib/schemas/tax-rate";
import { canWrite } from "@/lib/services/context";
import { listTaxRates } from "@/lib/services/tax-rates/list-tax-rates";
import { searchParam, type SearchParams } from "../../search-params";
import { createTaxRateAction } from "./actions";

export const metadata = { title: "Tax rates" };

const PATH = "/catalog/tax-rates";
const PAGE_SIZE = 25;

export default async function TaxRatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = {
    q: searchParam(params, "q"),
    country: searchParam(params, "country")?.toUpperCase(),
    inclusive: searchParam(params, "inclusive"),
    status: searchParam(params, "status"),
    sort: searchParam(params, "sort"),
  };
  const startingAfter = searchParam(params, "starting_after");
  const query = listTaxRatesQuerySchema.safeParse({ ...filters, limit: String(PAGE_SIZE), starting_after: startingAfter });
  const page = query.success ? await listTaxRates(ctx, query.data) : undefined;
  const isFiltered = Object.entries(filters).some(([name, value]) => name !== "sort" && Boolean(value));

  return (
    <>
      <PageHeader title="Tax rates" description="VAT, GST and sales taxes charged on invoices: by default per country and region, or set per customer." />
      {canWrite(ctx) ? (
        <div className="mb-8 max-w-3xl">
          <TaxRateForm mode="create" createTaxRateAction={createTaxRateAction} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
      <FilterBar path={PATH} isFiltered={isFiltered} exportHref={listHref("/api/admin/exports/tax_rates", filters)}>
        <TextField label="Search" name="q" type="search" defaultValue={filters.q} placeholder="Code or name" />
        <TextField label="Country" name="country" defaultValue={filters.country} placeholder="FR" maxLength={2} />
        <SelectField
          label="Prices"
          name="inclusive"
          defaultValue={filters.inclusive ?? ""}
          options={[
            { value: "", label: "Inclusive or exclusive" },
            { value: "true", label: "Inclusive" },
            { value: "false", label: "Exclusive" },
          ]}
        />
        <SelectField
          label="Status"
          name="status"
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            { value: "active", label: "Active" },
            { value: "archived", label: "Archived" },
          ]}
        />
        {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      </FilterBar>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState title="No tax rates yet" description="Add the rates you charge, e.g. 20 % VAT in France, applied by default to customers billed there." />
      ) : (
        <>
          <TaxRateTable taxRates={page.data} sort={{ code: columnSort(PATH, filters, "code", query.data?.sort), created_at: columnSort(PATH, filters, "created_at", query.data?.sort) }} />
          <CursorPagination path={PATH} filters={filters} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      )}
    </>
  );
}
