import { DetailList } from "@/components/catalog/detail-list";
import { MetadataList } from "@/components/catalog/metadata-list";
import { StatusBadge } from "@/components/catalog/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import type { MeterDto } from "@/lib/schemas/meter";
import { AGGREGATION_HINTS, AGGREGATION_LABELS } from "./aggregation-text";

type Filter = MeterDto["filters"][number];

const filterText = (filter: Filter) => `${filter.property} ${filter.operator === "in" ? "is one of" : "is not one of"} ${filter.values.join(", ")}`;

function FilterList({ filters }: { filters: Filter[] }) {
  return (
    <ul className="space-y-1">
      {filters.map((filter, index) => (
        <li key={index} className="font-mono text-xs">
          {filterText(filter)}
        </li>
      ))}
    </ul>
  );
}

/** A meter's definition: what it counts, how, and its counters. */
export function MeterDefinition({ meter }: { meter: MeterDto }) {
  return (
    <DetailList
      items={[
        { label: "Status", value: <StatusBadge status={meter.status} /> },
        { label: "Event name", value: <span className="font-mono">{meter.event_name}</span> },
        {
          label: "Aggregation",
          value: (
            <>
              {AGGREGATION_LABELS[meter.aggregation]}
              {meter.property && (
                <>
                  {" of "}
                  <span className="font-mono">{meter.property}</span>
                </>
              )}
              <span className="block text-xs text-slate-500">{AGGREGATION_HINTS[meter.aggregation]}</span>
            </>
          ),
        },
        { label: "Filters", value: meter.filters.length ? <FilterList filters={meter.filters} /> : "Every event of its name" },
        { label: "Group by", value: meter.group_by.length ? <span className="font-mono">{meter.group_by.join(", ")}</span> : null },
        {
          label: "Ingest rules",
          value: meter.ingest_rules.length ? (
            <ol className="space-y-2">
              {meter.ingest_rules.map((rule, index) => (
                <li key={index}>
                  <span className="font-medium">{rule.action === "keep" ? "Keep" : "Drop"} events where</span>
                  <FilterList filters={rule.conditions} />
                </li>
              ))}
            </ol>
          ) : null,
        },
        { label: "Dropped events", value: <span data-testid="meter-dropped-events">{meter.dropped_events.toLocaleString("en")}</span> },
        { label: "Description", value: meter.description },
        { label: "Metadata", value: <MetadataList metadata={meter.metadata} /> },
        { label: "Created", value: <LocalTime iso={meter.created_at} /> },
        { label: "Updated", value: <LocalTime iso={meter.updated_at} /> },
        { label: "Archived", value: meter.archived_at && <LocalTime iso={meter.archived_at} /> },
        { label: "ID", value: <span className="font-mono text-xs">{meter.id}</span> },
      ]}
    />
  );
}
