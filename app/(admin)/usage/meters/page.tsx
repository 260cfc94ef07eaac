import Link from "next/link";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CatalogFilters } from "@/components/catalog/list-controls";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { AGGREGATION_LABELS, AGGREGATION_OPTIONS } from "@/components/meters/aggregation-text";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { catalogSortSchema } from "@/lib/schemas/catalog";
import { listMetersQuerySchema } from "@/lib/schemas/meter";
import { canWrite } from "@/lib/services/context";
import { listMeters } from "@/lib/services/meters/list-meters";
import { catalogListQuery } from "../../catalog/list-params";
import type { SearchParams } from "../../search-params";

export const metadata = { title: "Meters" };

const PATH = "/usage/meters";

export default async function MetersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { filters, startingAfter, query } = catalogListQuery(await searchParams, listMetersQuerySchema, ["aggregation", "event_name"]);
  const page = query.success ? await listMeters(ctx, query.data) : undefined;
  const sort = catalogSortSchema.catch("-created_at").parse(filters.sort);
  const isFiltered = Boolean(filters.q || filters.status || filters.aggregation || filters.event_name);
  const newMeter = (className: string) =>
    canWrite(ctx) && (
      <Link href={`${PATH}/new`} className={className}>
        New meter
      </Link>
    );
  return (
    <>
      <PageHeader
        title="Meters"
        description="Which usage events count and how they add up. A usage charge of a plan prices a meter."
        actions={newMeter("rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700")}
      />
      {!canWrite(ctx) && <ReadOnlyNotice />}
      <CatalogFilters path={PATH} filters={filters} searchLabel="Search meters">
        <SelectField label="Aggregation" name="aggregation" defaultValue={filters.aggregation ?? ""} options={[{ value: "", label: "Any aggregation" }, ...AGGREGATION_OPTIONS]} />
        <TextField label="Event name" name="event_name" defaultValue={filters.event_name} placeholder="api_request" autoComplete="off" />
      </CatalogFilters>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState
          title="No meters yet"
          description="Create a meter to count usage events (API calls, tokens, GB-hours…), then price it with a usage charge on a plan."
          action={newMeter("text-sm font-semibold text-brand-700 hover:underline")}
        />
      ) : (
        <CatalogTable
          caption="Meters"
          path={PATH}
          filters={filters}
          sort={sort}
          page={page}
          isFirstPage={!startingAfter}
          empty="No meters match these filters."
          extraColumns={[
            { header: "Event name", cell: (meter) => <span className="font-mono text-xs">{meter.event_name}</span> },
            { header: "Aggregation", cell: (meter) => `${AGGREGATION_LABELS[meter.aggregation]}${meter.property ? ` of ${meter.property}` : ""}` },
          ]}
        />
      )}
    </>
  );
}
