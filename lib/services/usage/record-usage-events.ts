// Usage ingestion (docs/usage.md, "Ingestion"): validate each event on its own, store the valid
// ones in ONE insert that skips transaction ids already stored, and never aggregate here (the
// rollup job does, later). Per-event errors come back by index; the rest of the batch is stored.
import "server-only";
import { database, prisma } from "../../db/client";
import { addDroppedEvents, type MeterRow } from "../../db/meters";
import { findIngestCustomers, insertUsageEvents, type IngestCustomer, type NewUsageEvent } from "../../db/usage-events";
import { env } from "../../env";
import { AppError, formatParam } from "../../errors";
import { scheduleUsageRollup } from "../../jobs/usage-rollup";
import {
  MAX_PROPERTIES_BYTES,
  parseUsageEventFast,
  usageEventInputSchema,
  type EventError,
  type EventResult,
  type EventStatus,
  type UsageEventBatchResult,
  type UsageEventInput,
} from "../../schemas/usage-event";
import { checkEventProperties, checkEventTime, type TimeWindow } from "../../usage/event-rules";
import { ingestDecision } from "../../usage/ingest-rules";
import { assertCanWrite, type Ctx } from "../context";
import { activeMetersByEventName } from "../meters/active-meters";
import { ingestRulesOf, toMeterRule } from "../meters/dto";

const DAY_MS = 86_400_000;

export function ingestionWindow(): TimeWindow {
  return { lateWindowMs: env().BILLOW_USAGE_LATE_WINDOW_DAYS * DAY_MS, futureSkewMs: env().BILLOW_USAGE_FUTURE_SKEW_SECONDS * 1000 };
}

type Candidate = { index: number; input: UsageEventInput };
type Resolved = Candidate & { customer: IngestCustomer; timestamp: Date };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The stored transaction id: lone surrogates (a JSON body may hold them) become U+FFFD, as text columns store them. */
const withStoredId = (input: UsageEventInput): UsageEventInput => {
  const id = input.transaction_id.replace(LONE_SURROGATE, "\uFFFD");
  return id === input.transaction_id ? input : { ...input, transaction_id: id };
};

function parseEvent(raw: unknown, index: number, errors: EventError[]): UsageEventInput | null {
  const fast = parseUsageEventFast(raw);
  if (fast) return withStoredId(fast);
  const parsed = usageEventInputSchema.safeParse(raw);
  if (parsed.success) return withStoredId(parsed.data);
  const issue = parsed.error.issues[0]!;
  const param = formatParam(issue.path) || "event";
  const message = issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}.` : issue.message;
  errors.push({ index, code: "invalid_request", param: issue.code === "unrecognized_keys" ? issue.keys[0]! : param, message });
  return null;
}

/**
 * The customer of each candidate, in one round trip with what validation needs (test clock time,
 * invoiced spans); an event without a timestamp happens at its customer's now. Unknown customers
 * become errors.
 */
async function resolveCustomers(candidates: Candidate[], now: Date, window: TimeWindow, errors: EventError[]): Promise<Resolved[]> {
  const ids = new Set<string>();
  const refs = new Set<string>();
  for (const { input } of candidates) {
    if (input.customer_id !== undefined) ids.add(input.customer_id);
    else refs.add(input.external_customer_id!);
  }
  if (candidates.length === 0) return [];
  const rows = await database().withSession((session) => findIngestCustomers(session, [...ids], [...refs], now, window.lateWindowMs));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const byRef = new Map(rows.flatMap((row) => (row.externalRef ? [[row.externalRef, row] as const] : [])));
  const resolved: Resolved[] = [];
  for (const candidate of candidates) {
    const { index, input } = candidate;
    const customer = input.customer_id !== undefined ? byId.get(input.customer_id) : byRef.get(input.external_customer_id!);
    // Explicit literals, not spreads: this runs 1,000 times a batch on the ingestion hot path.
    if (customer) resolved.push({ index: candidate.index, input, customer, timestamp: input.timestamp ? new Date(input.timestamp) : (customer.clockTime ?? now) });
    else if (input.customer_id !== undefined) errors.push({ index, code: "customer_not_found", param: "customer_id", message: `No customer with id '${input.customer_id}'.` });
    else errors.push({ index, code: "customer_not_found", param: "external_customer_id", message: `No customer with external_ref '${input.external_customer_id}'.` });
  }
  return resolved;
}

type Verdict = { issue: Omit<EventError, "index"> } | { droppedBy: MeterRow[]; dropped: boolean; propertiesJson: string };

/** The event against the meters counting its name: an error, or which meters' ingest rules drop it. Times are the customer's (its test clock's, if any). */
function checkAgainstMeters(event: Resolved, metersByEvent: Map<string, MeterRow[]>, now: Date, window: TimeWindow): Verdict {
  const { input } = event;
  const meters = metersByEvent.get(input.event_name);
  if (!meters) return { issue: { code: "unknown_event_name", param: "event_name", message: `No active meter counts events named '${input.event_name}'; create a meter for it first.` } };
  const propertiesJson = JSON.stringify(input.properties);
  // UTF-8 bytes: at most 3 per UTF-16 unit, so short texts skip the exact count.
  const bytes = propertiesJson.length * 3 <= MAX_PROPERTIES_BYTES ? 0 : Buffer.byteLength(propertiesJson);
  if (bytes > MAX_PROPERTIES_BYTES) {
    return { issue: { code: "payload_too_large", param: "properties", message: `properties is ${bytes} bytes as JSON; at most ${MAX_PROPERTIES_BYTES} are allowed.` } };
  }
  const late = checkEventTime(event.timestamp, event.customer.clockTime ?? now, window);
  if (late) return { issue: late };
  const decision = ingestDecision(input.properties, meters.map((meter) => ({ ingestRules: ingestRulesOf(meter) })));
  const droppedBy = decision.droppingMeters.map((index) => meters[index]!);
  if (decision.dropped) return { droppedBy, dropped: true, propertiesJson };
  const issue = checkEventProperties(input.properties, meters.filter((meter) => !droppedBy.includes(meter)).map(toMeterRule));
  return issue ? { issue } : { droppedBy, dropped: false, propertiesJson };
}

/** Events whose timestamp falls in a span already invoiced for usage are stored but not counted. */
const inInvoicedSpan = ({ customer, timestamp }: Resolved) => customer.invoicedSpans.some((span) => span.start <= timestamp && timestamp < span.end);

/**
 * Validates and stores a batch (up to 1,000 events; the route checks the count). Round trips: the
 * customer lookup and the insert (API key and meters come from per-process caches), plus the
 * dropped-event counters when ingest rules dropped some and the rollup job once a minute.
 */
export async function recordUsageEvents(ctx: Ctx, rawEvents: unknown[]): Promise<UsageEventBatchResult> {
  assertCanWrite(ctx);
  const errors: EventError[] = [];
  const candidates: Candidate[] = [];
  rawEvents.forEach((raw, index) => {
    const input = parseEvent(raw, index, errors);
    if (input) candidates.push({ index, input });
  });

  const window = ingestionWindow();
  const [resolved, metersByEvent] = await Promise.all([resolveCustomers(candidates, ctx.now, window, errors), activeMetersByEventName(new Set(candidates.map((c) => c.input.event_name)))]);
  const valid: { event: Resolved; propertiesJson: string }[] = [];
  const dropped: Candidate[] = [];
  const dropCounts = new Map<string, number>();
  for (const event of resolved) {
    const verdict = checkAgainstMeters(event, metersByEvent, ctx.now, window);
    if ("issue" in verdict) {
      errors.push({ index: event.index, ...verdict.issue });
      continue;
    }
    for (const meter of verdict.droppedBy) dropCounts.set(meter.id, (dropCounts.get(meter.id) ?? 0) + 1);
    if (verdict.dropped) dropped.push(event);
    else valid.push({ event, propertiesJson: verdict.propertiesJson });
  }
  if (dropCounts.size > 0) await addDroppedEvents(prisma(), dropCounts);

  // A transaction id repeated inside the batch: the first occurrence is the event, the others duplicates.
  const firstIndex = new Map<string, number>();
  for (const { event } of valid) if (!firstIndex.has(event.input.transaction_id)) firstIndex.set(event.input.transaction_id, event.index);
  const rows: NewUsageEvent[] = valid
    .filter(({ event }) => firstIndex.get(event.input.transaction_id) === event.index)
    .map(({ event, propertiesJson }) => ({
      transactionId: event.input.transaction_id,
      customerId: event.customer.id,
      eventName: event.input.event_name,
      timestamp: event.timestamp,
      propertiesJson,
      uncountedReason: inInvoicedSpan(event) ? "period_closed" : null,
    }));
  const inserted = await database().withSession((session) => insertUsageEvents(session, rows));
  if (inserted.size > 0) await scheduleUsageRollup(prisma(), ctx.now);

  const notCounted = new Set(rows.filter((row) => row.uncountedReason !== null).map((row) => row.transactionId));
  const results: EventResult[] = valid.map(({ event }) => {
    const id = event.input.transaction_id;
    const stored = firstIndex.get(id) === event.index && inserted.has(id);
    const status: EventStatus = !stored ? "duplicate" : notCounted.has(id) ? "not_counted" : "accepted";
    return { index: event.index, transaction_id: id, status };
  });
  for (const candidate of dropped) results.push({ index: candidate.index, transaction_id: candidate.input.transaction_id, status: "dropped" });
  results.sort((a, b) => a.index - b.index);
  const counts = { accepted: 0, duplicate: 0, not_counted: 0, dropped: 0 } satisfies Record<EventStatus, number>;
  for (const result of results) counts[result.status]++;
  return {
    object: "usage_event_batch",
    accepted: counts.accepted,
    duplicates: counts.duplicate,
    not_counted: counts.not_counted,
    dropped: counts.dropped,
    rejected: errors.length,
    results,
    errors: errors.sort((a, b) => a.index - b.index),
  };
}

const ERROR_STATUS_CODE: Record<string, "invalid_request" | "payload_too_large" | "unprocessable"> = { invalid_request: "invalid_request", payload_too_large: "payload_too_large" };

/** One event (shape already checked by the route): its result, or its error as a 413 (size) or 422 (customer, event name, values, time). */
export async function recordUsageEvent(ctx: Ctx, input: UsageEventInput): Promise<{ created: boolean; body: { object: "usage_event_result"; transaction_id: string; status: EventStatus } }> {
  const batch = await recordUsageEvents(ctx, [input]);
  const error = batch.errors[0];
  if (error) throw new AppError(ERROR_STATUS_CODE[error.code] ?? "unprocessable", error.message, { param: error.param, details: [{ param: error.param, message: error.message, code: error.code }] });
  const result = batch.results[0]!;
  return { created: result.status === "accepted" || result.status === "not_counted", body: { object: "usage_event_result", transaction_id: result.transaction_id, status: result.status } };
}
