// Usage events: ingestion (one or a batch of up to 1,000) and the raw events listing.
import { z } from "zod";
import { listResponseSchema, paginationQuerySchema } from "./common";
import { EVENT_NAME_PATTERN, eventNameSchema } from "./meter";

export const MAX_BATCH_EVENTS = 1000;
/** The properties of one event, as JSON text. */
export const MAX_PROPERTIES_BYTES = 8 * 1024;

const idText = (field: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required.` : `${field} must be a string.`) })
    .trim()
    .min(1, { error: `${field} must not be empty.` })
    .max(max, { error: `${field} must be at most ${max} characters.` });

const timestampSchema = z.iso.datetime({ offset: true, error: "timestamp must be an ISO 8601 date-time, e.g. 2026-11-23T14:00:00Z." });

export const usageEventInputSchema = z
  .object({
    transaction_id: idText("transaction_id", 200).meta({
      description:
        "Your unique id for this event: the idempotency key, unique across the installation forever. Send the SAME id when retrying; a repeated id is accepted and counted once.",
    }),
    customer_id: idText("customer_id", 64).optional().meta({ description: "The customer (`cus_…`); or give `external_customer_id`." }),
    external_customer_id: idText("external_customer_id", 200).optional().meta({ description: "The customer's `external_ref`." }),
    event_name: eventNameSchema.meta({ description: "Which meters count the event (their `event_name`)." }),
    timestamp: timestampSchema
      .optional()
      .meta({ description: "When the usage happened (default: now). Late events land in the period of their timestamp." }),
    properties: z
      .record(z.string(), z.unknown(), { error: "properties must be an object." })
      .default({})
      .meta({ description: `The event's properties (at most ${MAX_PROPERTIES_BYTES / 1024} KiB as JSON): values that meters aggregate, filter on and group by.` }),
  })
  .strict()
  .refine((event) => (event.customer_id === undefined) !== (event.external_customer_id === undefined), {
    error: "Give exactly one of customer_id and external_customer_id.",
    path: ["customer_id"],
  })
  .meta({ id: "UsageEventInput" });
export type UsageEventInput = z.infer<typeof usageEventInputSchema>;

const EVENT_KEYS = new Set(["transaction_id", "customer_id", "external_customer_id", "event_name", "timestamp", "properties"]);
const TIMESTAMP_PATTERN = timestampSchema._zod.pattern!;
const isId = (value: unknown, max: number): value is string => typeof value === "string" && value.length > 0 && value.length <= max && value.trim() === value;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * usageEventInputSchema.safeParse for the common case, about ten times faster (a batch of 1,000
 * events spent 6 to 50 ms in zod): it accepts only events zod accepts unchanged (no trimming, no
 * default but `properties`) and returns zod's output; anything else returns null, and the caller
 * asks zod itself, for the precise error or the transformed value. Parity: usage-event.test.ts.
 */
export function parseUsageEventFast(raw: unknown): UsageEventInput | null {
  if (!isPlainObject(raw)) return null;
  for (const key in raw) if (!EVENT_KEYS.has(key)) return null;
  const { transaction_id, customer_id, external_customer_id, event_name, timestamp, properties } = raw;
  if (!isId(transaction_id, 200) || typeof event_name !== "string" || !EVENT_NAME_PATTERN.test(event_name)) return null;
  if (customer_id === undefined ? !isId(external_customer_id, 200) : external_customer_id !== undefined || !isId(customer_id, 64)) return null;
  if (timestamp !== undefined && (typeof timestamp !== "string" || !TIMESTAMP_PATTERN.test(timestamp))) return null;
  if (properties !== undefined && !isPlainObject(properties)) return null;
  const customer = customer_id === undefined ? { external_customer_id: external_customer_id as string } : { customer_id: customer_id as string };
  return { transaction_id, ...customer, event_name, timestamp, properties: properties ?? {} };
}

/** Each event is validated on its own (errors per index), so the batch only checks the array. */
export const usageEventBatchSchema = z
  .object({
    events: z
      .array(z.unknown(), { error: "events must be an array." })
      .min(1, { error: "events must hold at least one event." })
      .max(MAX_BATCH_EVENTS, { error: `events holds at most ${MAX_BATCH_EVENTS} events per call.` })
      .meta({ description: `Up to ${MAX_BATCH_EVENTS} events, each a UsageEventInput.` }),
  })
  .strict()
  .meta({ id: "UsageEventBatchRequest" });

export const EVENT_STATUSES = ["accepted", "duplicate", "not_counted", "dropped"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const eventStatusSchema = z.enum(EVENT_STATUSES).meta({
  description:
    "accepted: stored and counted; duplicate: this transaction_id was already stored (not counted again); not_counted: stored and listed, but its period is already invoiced, so it is reported instead of counted; dropped: not stored, every meter counting its name drops it by its ingest rules (counted in their dropped_events).",
});

export const eventErrorSchema = z
  .object({
    index: z.number().int(),
    code: z.string().meta({
      description:
        "invalid_request (shape), customer_not_found, unknown_event_name, missing_property, invalid_property_value, timestamp_in_future, timestamp_too_old, payload_too_large.",
    }),
    message: z.string(),
    param: z.string().meta({ description: "The event's field at fault, e.g. `properties.tokens`." }),
  })
  .meta({ id: "UsageEventError" });
export type EventError = z.infer<typeof eventErrorSchema>;

export const eventResultSchema = z.object({ index: z.number().int(), transaction_id: z.string(), status: eventStatusSchema }).meta({ id: "UsageEventResult" });
export type EventResult = z.infer<typeof eventResultSchema>;

export const usageEventBatchResultSchema = z
  .object({
    object: z.literal("usage_event_batch"),
    accepted: z.number().int(),
    duplicates: z.number().int(),
    not_counted: z.number().int(),
    dropped: z.number().int(),
    rejected: z.number().int(),
    results: z.array(eventResultSchema).meta({ description: "One per valid event (stored, duplicate or dropped), by index." }),
    errors: z.array(eventErrorSchema).meta({ description: "One per rejected event; the other events of the batch are stored." }),
  })
  .meta({ id: "UsageEventBatchResult" });
export type UsageEventBatchResult = z.infer<typeof usageEventBatchResultSchema>;

export const usageEventResultSchema = z
  .object({ object: z.literal("usage_event_result"), transaction_id: z.string(), status: eventStatusSchema })
  .meta({ id: "UsageEventResultSingle" });

export const listUsageEventsQuerySchema = paginationQuerySchema.extend({
  customer_id: z.string().min(1).optional().meta({ description: "Only this customer's events." }),
  event_name: z.string().min(1).max(100).optional(),
  transaction_id: z.string().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true, error: "from must be an ISO 8601 date-time." }).optional().meta({ description: "timestamp ≥ from." }),
  to: z.iso.datetime({ offset: true, error: "to must be an ISO 8601 date-time." }).optional().meta({ description: "timestamp < to." }),
  counted: z.enum(["true", "false"], { error: "counted must be true or false." }).optional().meta({ description: "false: only events stored but not counted." }),
});
export type ListUsageEventsQuery = z.infer<typeof listUsageEventsQuerySchema>;

export const usageEventDtoSchema = z
  .object({
    object: z.literal("usage_event"),
    transaction_id: z.string(),
    customer_id: z.string(),
    event_name: z.string(),
    timestamp: z.string().meta({ format: "date-time" }),
    properties: z.record(z.string(), z.unknown()),
    received_at: z.string().meta({ format: "date-time" }),
    counted: z.boolean(),
    not_counted_reason: z.string().nullable().meta({ description: "period_closed: the event's period was already invoiced." }),
  })
  .meta({ id: "UsageEvent" });
export type UsageEventDto = z.infer<typeof usageEventDtoSchema>;
export const usageEventListSchema = listResponseSchema(usageEventDtoSchema, "UsageEventList");
