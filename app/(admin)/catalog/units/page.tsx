import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { CatalogFilters } from "@/components/catalog/list-controls";
import { unitFields } from "@/components/catalog/simple-fields";
import { FormError } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { catalogSortSchema } from "@/lib/schemas/catalog";
import { listUnitsQuerySchema } from "@/lib/schemas/unit";
import { listUnits } from "@/lib/services/catalog/list-units";
import { canWrite } from "@/lib/services/context";
import type { SearchParams } from "../../search-params";
import { catalogListQuery } from "../list-params";
import { createUnitAction } from "./actions";

export const metadata = { title: "Units" };

const PATH = "/catalog/units";

export default async function UnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { filters, startingAfter, query } = catalogListQuery(await searchParams, listUnitsQuerySchema, []);
  const page = query.success ? await listUnits(ctx, query.data) : undefined;
  const isFiltered = Boolean(filters.q || filters.status || startingAfter);
  return (
    <>
      <PageHeader title="Units" description="What a charge counts: seats, gigabytes, API calls. Invoices show the unit's name (or plural) next to each quantity." />
      {canWrite(ctx) ? (
        <div className="mb-8 max-w-xl">
          <CatalogForm title="New unit" fields={unitFields(false)} submitLabel="Create unit" successMessage="Unit created." action={createUnitAction} detailPath={PATH} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
      <CatalogFilters path={PATH} filters={filters} searchLabel="Search units" exportList="units" />
      {page ? (
        <CatalogTable
          caption="Units"
          path={PATH}
          filters={filters}
          sort={catalogSortSchema.catch("-created_at").parse(filters.sort)}
          page={page}
          isFirstPage={!startingAfter}
          empty={isFiltered ? "No units match these filters." : "No units yet: create one for charges that count seats, gigabytes or calls."}
          extraColumns={[{ header: "Plural", cell: (unit) => unit.plural ?? <span className="text-slate-400">—</span> }]}
        />
      ) : (
        <FormError message={query.error?.issues[0]?.message} />
      )}
    </>
  );
}
