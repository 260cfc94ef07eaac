// How each aggregation is named and explained in the console (the API's words: MeterAggregation).
import type { MeterDto } from "@/lib/schemas/meter";

type Aggregation = MeterDto["aggregation"];

export const AGGREGATION_LABELS: Record<Aggregation, string> = {
  count: "Count",
  sum: "Sum",
  max: "Max",
  unique_count: "Unique count",
  latest: "Latest",
  weighted_sum: "Weighted sum",
};

export const AGGREGATION_HINTS: Record<Aggregation, string> = {
  count: "Number of events, e.g. API calls.",
  sum: "Total of the property, e.g. tokens used.",
  max: "Highest value of the property in the period, e.g. peak seats.",
  unique_count: "Distinct values of the property, e.g. active users.",
  latest: "Last value of the property in the period, e.g. storage at period end.",
  weighted_sum: "Value × time it held, e.g. GB-hours: each event sets the level until the next one.",
};

export const AGGREGATION_OPTIONS = (Object.keys(AGGREGATION_LABELS) as Aggregation[]).map((value) => ({ value, label: AGGREGATION_LABELS[value] }));
