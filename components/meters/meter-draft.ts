// The meter form's state as strings and rows, and its conversion to the API's request bodies: the
// server action then validates exactly what POST or PATCH /api/v1/meters would receive.
import type { MeterDto } from "@/lib/schemas/meter";
import { metadataLines, metadataPatch, parseMetadataLines } from "../catalog/form-values";

type Aggregation = MeterDto["aggregation"];
type Filter = MeterDto["filters"][number];
type IngestRule = MeterDto["ingest_rules"][number];

export type FilterDraft = { uid: number; property: string; operator: Filter["operator"]; values: string };
export type IngestRuleDraft = { uid: number; action: IngestRule["action"]; conditions: FilterDraft[] };
export type MeterDraft = {
  code: string;
  name: string;
  description: string;
  event_name: string;
  aggregation: Aggregation;
  property: string;
  filters: FilterDraft[];
  /** Comma-separated dimension names. */
  group_by: string;
  ingest_rules: IngestRuleDraft[];
  /** key=value lines. */
  metadata: string;
};

/** The top-level request fields the form shows errors for (nested params like `filters[0].values` included). */
export const METER_FORM_FIELDS = ["code", "name", "description", "event_name", "aggregation", "property", "filters", "group_by", "ingest_rules", "metadata"] as const;

let nextUid = 1;
export const newFilter = (): FilterDraft => ({ uid: nextUid++, property: "", operator: "in", values: "" });
export const newIngestRule = (): IngestRuleDraft => ({ uid: nextUid++, action: "drop", conditions: [newFilter()] });

export const emptyMeterDraft = (): MeterDraft => ({
  code: "",
  name: "",
  description: "",
  event_name: "",
  aggregation: "count",
  property: "",
  filters: [],
  group_by: "",
  ingest_rules: [],
  metadata: "",
});

const filterDraft = (filter: Filter): FilterDraft => ({ uid: nextUid++, property: filter.property, operator: filter.operator, values: filter.values.join(", ") });

export const draftFromMeter = (meter: MeterDto): MeterDraft => ({
  code: meter.code,
  name: meter.name,
  description: meter.description ?? "",
  event_name: meter.event_name,
  aggregation: meter.aggregation,
  property: meter.property ?? "",
  filters: meter.filters.map(filterDraft),
  group_by: meter.group_by.join(", "),
  ingest_rules: meter.ingest_rules.map((rule) => ({ uid: nextUid++, action: rule.action, conditions: rule.conditions.map(filterDraft) })),
  metadata: metadataLines(meter.metadata),
});

const commaList = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

const toFilter = (row: FilterDraft): Filter => ({ property: row.property.trim(), operator: row.operator, values: commaList(row.values) });

/** What the draft says about how the meter counts, in the API's shape. */
function aggregationFields(draft: MeterDraft) {
  return {
    event_name: draft.event_name.trim(),
    aggregation: draft.aggregation,
    // count meters take no property: a value typed before switching to count is not sent.
    property: draft.aggregation === "count" ? null : draft.property.trim() || null,
    filters: draft.filters.map(toFilter),
    group_by: commaList(draft.group_by),
    ingest_rules: draft.ingest_rules.map((rule) => ({ action: rule.action, conditions: rule.conditions.map(toFilter) })),
  };
}

type Converted = { input: Record<string, unknown> } | { field: string; error: string };

/** POST body: empty optional fields are left out (the server names missing required ones). */
export function createMeterInput(draft: MeterDraft): Converted {
  const metadata = parseMetadataLines(draft.metadata);
  if ("error" in metadata) return { field: "metadata", error: metadata.error };
  const { property, ...counting } = aggregationFields(draft);
  const description = draft.description.trim();
  return {
    input: {
      code: draft.code.trim(),
      name: draft.name.trim(),
      ...(description ? { description } : {}),
      ...counting,
      ...(property !== null ? { property } : {}),
      metadata: metadata.metadata,
    },
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** PATCH body: only the fields that differ from `meter` (a cleared description → null, metadata as a patch). */
export function updateMeterInput(draft: MeterDraft, meter: MeterDto): Converted {
  const metadata = parseMetadataLines(draft.metadata);
  if ("error" in metadata) return { field: "metadata", error: metadata.error };
  const input: Record<string, unknown> = {};
  const code = draft.code.trim();
  const name = draft.name.trim();
  const description = draft.description.trim() || null;
  if (code !== meter.code) input.code = code;
  if (name !== meter.name) input.name = name;
  if (description !== meter.description) input.description = description;
  const counting = aggregationFields(draft);
  const before = { event_name: meter.event_name, aggregation: meter.aggregation, property: meter.property, filters: meter.filters, group_by: meter.group_by, ingest_rules: meter.ingest_rules };
  for (const field of Object.keys(counting) as (keyof typeof counting)[]) if (!same(counting[field], before[field])) input[field] = counting[field];
  const patch = metadataPatch(meter.metadata, metadata.metadata);
  if (patch) input.metadata = patch;
  return { input };
}
