// Usage ingestion (docs/usage.md, "Ingestion"): validate each event on its own, store the valid
// ones in ONE insert that skips transaction ids already stored, and never aggregate here (the
// rollup job does, later). Per-event errors come back by index; the rest of the batch is stored.
import "server-only";
import { database, prisma } from "../../db/client";
import { addDroppedEvents, findActiveMetersByEventNames, type MeterRow } from "../../db/meters";
import { findCustomersByIdsOrRefs, findInvoicedUsageSpans, insertUsageEvents, type NewUsageEvent } from "../../db/usage-events";
import { env } from "../../env";
import { AppError, formatParam } from "../../errors";
import { scheduleUsageRollup } from "../../jobs/usage-rollup";
import {
  MAX_PROPERTIES_BYTES,
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
import { ingestRulesOf, toMeterRule } from "../meters/dto";

const DAY_MS = 86_400_000;

export function ingestionWindow(): TimeWindow {
  return { lateWindowMs: env().BILLOW_USAGE_LATE_WINDOW_DAYS * DAY_MS, futureSkewMs: env().BILLOW_USAGE_FUTURE_SKEW_SECONDS * 1000 };
}

type Candidate = { index: number; input: UsageEventInput; timestamp: Date };

function parseEvent(raw: unknown, index: number, errors: EventError[]): UsageEventInput | null {
  const parsed = usageEventInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const param = formatParam(issue.path) || "event";
  const message = issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}.` : issue.message;
  errors.push({ index, code: "invalid_request", param: issue.code === "unrecognized_keys" ? issue.keys[0]! : param, message });
  return null;
}

/** Customer id per candidate; unknown customers become errors. */
async function resolveCustomers(candidates: Candidate[], errors: EventError[]): Promise<Map<number, string>> {
  const ids = [...new Set(candidates.flatMap((c) => (c.input.customer_id ? [c.input.customer_id] : [])))];
  const refs = [...new Set(candidates.flatMap((c) => (c.input.external_customer_id ? [c.input.external_customer_id] : [])))];
  const rows = await findCustomersByIdsOrRefs(prisma(), ids, refs);
  const byId = new Set(rows.map((row) => row.id));
  const byRef = new Map(rows.flatMap((row) => (row.externalRef ? [[row.externalRef, row.id] as const] : [])));
  const resolved = new Map<number, string>();
  for (const { index, input } of candidates) {
    const id = input.customer_id !== undefined ? (byId.has(input.customer_id) ? input.customer_id : undefined) : byRef.get(input.external_customer_id!);
    if (id) resolved.set(index, id);
    else if (input.customer_id !== undefined) errors.push({ index, code: "customer_not_found", param: "customer_id", message: `No customer with id '${input.customer_id}'.` });
    else errors.push({ index, code: "customer_not_found", param: "external_customer_id", message: `No customer with external_ref '${input.external_customer_id}'.` });
  }
  return resolved;
}

type Verdict = { issue: Omit<EventError, "index"> } | { droppedBy: MeterRow[]; dropped: boolean };

/** The event against the meters counting its name: an error, or which meters' ingest rules drop it. */
function checkAgainstMeters(candidate: Candidate, metersByEvent: Map<string, MeterRow[]>, now: Date, window: TimeWindow): Verdict {
  const { input } = candidate;
  const meters = metersByEvent.get(input.event_name);
  if (!meters) return { issue: { code: "unknown_event_name", param: "event_name", message: `No active meter counts events named '${input.event_name}'; create a meter for it first.` } };
  const bytes = Buffer.byteLength(JSON.stringify(input.properties));
  if (bytes > MAX_PROPERTIES_BYTES) {
    return { issue: { code: "payload_too_large", param: "properties", message: `properties is ${bytes} bytes as JSON; at most ${MAX_PROPERTIES_BYTES} are allowed.` } };
  }
  const late = checkEventTime(candidate.timestamp, now, window);
  if (late) return { issue: late };
  const decision = ingestDecision(input.properties, meters.map((meter) => ({ ingestRules: ingestRulesOf(meter) })));
  const droppedBy = decision.droppingMeters.map((index) => meters[index]!);
  if (decision.dropped) return { droppedBy, dropped: true };
  const issue = checkEventProperties(input.properties, meters.filter((meter) => !droppedBy.includes(meter)).map(toMeterRule));
  return issue ? { issue } : { droppedBy, dropped: false };
}

/** Events whose timestamp falls in a span already invoiced for usage are stored but not counted. */
async function closedSpanChecker(events: { customerId: string; timestamp: Date }[]): Promise<(customerId: string, at: Date) => boolean> {
  if (events.length === 0) return () => false;
  const earliest = new Date(Math.min(...events.map((e) => e.timestamp.getTime())));
  const spans = await findInvoicedUsageSpans(prisma(), [...new Set(events.map((e) => e.customerId))], earliest);
  if (spans.length === 0) return () => false;
  return (customerId, at) => spans.some((span) => span.customerId === customerId && span.start.getTime() <= at.getTime() && at.getTime() < span.end.getTime());
}

/** Validates and stores a batch (up to 1,000 events; the route checks the count). */
export async function recordUsageEvents(ctx: Ctx, rawEvents: unknown[]): Promise<UsageEventBatchResult> {
  assertCanWrite(ctx);
  const errors: EventError[] = [];
  const candidates: Candidate[] = [];
  rawEvents.forEach((raw, index) => {
    const input = parseEvent(raw, index, errors);
    if (input) candidates.push({ index, input, timestamp: input.timestamp ? new Date(input.timestamp) : ctx.now });
  });

  const [customers, meters] = await Promise.all([
    resolveCustomers(candidates, errors),
    findActiveMetersByEventNames(prisma(), [...new Set(candidates.map((c) => c.input.event_name))]),
  ]);
  const metersByEvent = new Map<string, MeterRow[]>();
  for (const meter of meters) metersByEvent.set(meter.eventName, [...(metersByEvent.get(meter.eventName) ?? []), meter]);
  const window = ingestionWindow();
  const valid: (Candidate & { customerId: string })[] = [];
  const dropped: Candidate[] = [];
  const dropCounts = new Map<string, number>();
  for (const candidate of candidates) {
    const customerId = customers.get(candidate.index);
    if (!customerId) continue;
    const verdict = checkAgainstMeters(candidate, metersByEvent, ctx.now, window);
    if ("issue" in verdict) {
      errors.push({ index: candidate.index, ...verdict.issue });
      continue;
    }
    for (const meter of verdict.droppedBy) dropCounts.set(meter.id, (dropCounts.get(meter.id) ?? 0) + 1);
    if (verdict.dropped) dropped.push(candidate);
    else valid.push({ ...candidate, customerId });
  }
  if (dropCounts.size > 0) await addDroppedEvents(prisma(), dropCounts);

  // A transaction id repeated inside the batch: the first occurrence is the event, the others duplicates.
  const firstIndex = new Map<string, number>();
  for (const event of valid) if (!firstIndex.has(event.input.transaction_id)) firstIndex.set(event.input.transaction_id, event.index);
  const unique = valid.filter((event) => firstIndex.get(event.input.transaction_id) === event.index);

  const isClosed = await closedSpanChecker(unique);
  const rows: NewUsageEvent[] = unique.map((event) => ({
    transactionId: event.input.transaction_id,
    customerId: event.customerId,
    eventName: event.input.event_name,
    timestamp: event.timestamp,
    propertiesJson: JSON.stringify(event.input.properties),
    uncountedReason: isClosed(event.customerId, event.timestamp) ? "period_closed" : null,
  }));
  const inserted = await database().withSession((session) => insertUsageEvents(session, rows));
  if (inserted.size > 0) await scheduleUsageRollup(prisma(), ctx.now);

  const notCounted = new Set(rows.filter((row) => row.uncountedReason !== null).map((row) => row.transactionId));
  const results: EventResult[] = valid.map((event) => {
    const id = event.input.transaction_id;
    const stored = firstIndex.get(id) === event.index && inserted.has(id);
    const status: EventStatus = !stored ? "duplicate" : notCounted.has(id) ? "not_counted" : "accepted";
    return { index: event.index, transaction_id: id, status };
  });
  for (const candidate of dropped) results.push({ index: candidate.index, transaction_id: candidate.input.transaction_id, status: "dropped" });
  results.sort((a, b) => a.index - b.index);
  const count = (status: EventStatus) => results.filter((result) => result.status === status).length;
  return {
    object: "usage_event_batch",
    accepted: count("accepted"),
    duplicates: count("duplicate"),
    not_counted: count("not_counted"),
    dropped: count("dropped"),
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
