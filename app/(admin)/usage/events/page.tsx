import { EventStream, type EventFilters } from "@/components/usage/event-stream";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { searchParam, type SearchParams } from "../../search-params";

export const metadata = { title: "Live usage events" };

const PATH = "/usage/events";

export default async function UsageEventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin();
  const params = await searchParams;
  const counted = searchParam(params, "counted");
  const filters: EventFilters = {
    customer_id: searchParam(params, "customer_id"),
    event_name: searchParam(params, "event_name"),
    transaction_id: searchParam(params, "transaction_id"),
    counted: counted === "true" || counted === "false" ? counted : undefined,
  };
  return (
    <>
      <PageHeader title="Live events" description="Usage events as they arrive, newest first by event time. Expand a row for its properties." />
      <FilterBar path={PATH} isFiltered={Object.values(filters).some(Boolean)}>
        <TextField label="Customer id" name="customer_id" defaultValue={filters.customer_id} placeholder="cus_…" />
        <TextField label="Event name" name="event_name" defaultValue={filters.event_name} placeholder="api.call" />
        <TextField label="Transaction id" name="transaction_id" defaultValue={filters.transaction_id} />
        <SelectField
          label="Counted"
          name="counted"
          defaultValue={filters.counted ?? ""}
          options={[
            { value: "", label: "All events" },
            { value: "true", label: "Counted" },
            { value: "false", label: "Not counted" },
          ]}
        />
      </FilterBar>
      {/* keyed by the filters: a new filter starts a new stream (no highlight carried over) */}
      <EventStream key={JSON.stringify(filters)} filters={filters} />
    </>
  );
}
