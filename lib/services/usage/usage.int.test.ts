// Ingestion, rollups and period usage against the real database.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { findMeterById } from "../../db/meters";
import { createId } from "../../ids";
import { createMeterSchema } from "../../schemas/meter";
import { createTestCustomer, createTestMeterRow } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { partialOfEvents, quantityOf } from "../../usage/aggregation";
import { bucketStart, floorHour, MONTH_HOURS } from "../../usage/buckets";
import { systemCtx, type Ctx } from "../context";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { createApiKey } from "../api-keys/create-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { createMeter } from "../meters/create-meter";
import { setMeterArchived } from "../meters/set-meter-archived";
import { attachCustomerToTestClock } from "../test-clocks/attach-customer";
import { createTestClock } from "../test-clocks/create-test-clock";
import { meterUsageForPeriod } from "./period-usage";
import { recordUsageEvents } from "./record-usage-events";
import { rollUpUsage } from "./roll-up-usage";

const HOUR = 3_600_000;
let ctx: Ctx;
let customerId: string;
const now = () => ctx.now;
const hoursAgo = (h: number) => new Date(now().getTime() - h * HOUR).toISOString();

beforeEach(async () => {
  await resetDb();
  ctx = systemCtx("test", new Date());
  customerId = (await createTestCustomer({ externalRef: "acme" })).id;
});

const meter = async (body: Record<string, unknown>) => {
  const dto = await createMeter(ctx, createMeterSchema.parse({ name: String(body.code), ...body }));
  return (await findMeterById(prisma(), dto.id))!;
};
const usage = async (meterId: string, start: Date, end: Date, customer = customerId) => meterUsageForPeriod(prisma(), (await findMeterById(prisma(), meterId))!, customer, start, end);
const ev = (transaction_id: string, event_name: string, timestamp: string, properties: Record<string, unknown> = {}) => ({ transaction_id, customer_id: customerId, event_name, timestamp, properties });

describe("ingestion", () => {
  test("duplicate transaction ids across concurrent batches are counted once", async () => {
    const calls = await meter({ code: "calls", event_name: "api.call", aggregation: "count" });
    const batch = (ids: number[]) => ids.map((i) => ev(`txn-${i}`, "api.call", hoursAgo(1)));
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    const results = await Promise.all([batch(range(0, 300)), batch(range(200, 500)), batch(range(100, 400)), batch([...range(0, 50), 0, 0])].map((events) => recordUsageEvents(ctx, events)));
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(500);
    expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(300 + 300 + 300 + 52 - 500);
    expect(results[3]!.results.slice(-2)).toEqual([
      { index: 50, transaction_id: "txn-0", status: "duplicate" },
      { index: 51, transaction_id: "txn-0", status: "duplicate" },
    ]);
    expect(await prisma().usageEvent.count()).toBe(500);
    const start = new Date(now().getTime() - 2 * HOUR);
    expect((await usage(calls.id, start, now())).quantity).toBe("500");
    await rollUpUsage({ settleMs: 0 });
    const again = await recordUsageEvents(ctx, batch(range(490, 510)));
    expect(again).toMatchObject({ accepted: 10, duplicates: 10 });
    expect((await usage(calls.id, start, now())).quantity).toBe("510");
  });

  test("bad events get a precise error each; the rest of the batch is stored", async () => {
    await meter({ code: "tokens", event_name: "llm", aggregation: "sum", property: "tokens" });
    const ok = ev("ok-1", "llm", hoursAgo(1), { tokens: 5 });
    const result = await recordUsageEvents(ctx, [
      ok,
      { ...ev("bad-1", "llm", hoursAgo(1), { tokens: 5 }), customer_id: "cus_nope" },
      ev("bad-2", "llm.unknown", hoursAgo(1)),
      ev("bad-3", "llm", hoursAgo(1), { tokens: "lots" }),
      ev("bad-4", "llm", new Date(now().getTime() + 6 * 60_000).toISOString(), { tokens: 1 }),
      ev("bad-5", "llm", hoursAgo(36 * 24), { tokens: 1 }),
      ev("bad-6", "llm", hoursAgo(1), { tokens: 1, blob: "x".repeat(9000) }),
      { ...ok, transaction_id: "bad-7", extra: true },
      { ...ok, transaction_id: "bad-8", timestamp: "yesterday" },
      { event_name: "llm", customer_id: customerId },
      { ...ok, transaction_id: "ok-2", customer_id: undefined, external_customer_id: "acme" },
      { ...ev("bad-9", "llm", hoursAgo(1), { tokens: 1 }), customer_id: undefined, external_customer_id: "nobody" },
      ev("bad-10", "llm", hoursAgo(1), {}),
    ]);
    expect(result).toMatchObject({ object: "usage_event_batch", accepted: 2, duplicates: 0, not_counted: 0, rejected: 11 });
    expect(result.results.map((r) => r.transaction_id)).toEqual(["ok-1", "ok-2"]);
    expect(result.errors).toEqual([
      { index: 1, code: "customer_not_found", param: "customer_id", message: "No customer with id 'cus_nope'." },
      { index: 2, code: "unknown_event_name", param: "event_name", message: "No active meter counts events named 'llm.unknown'; create a meter for it first." },
      { index: 3, code: "invalid_property_value", param: "properties.tokens", message: `properties.tokens must be a number or a decimal string with at most 12 decimals, got "lots"; meter 'tokens' aggregates it (sum).` },
      { index: 4, code: "timestamp_in_future", param: "timestamp", message: expect.stringMatching(/is more than 5 minutes ahead of the server clock/) },
      { index: 5, code: "timestamp_too_old", param: "timestamp", message: expect.stringMatching(/older than the late-event window of 35 days/) },
      { index: 6, code: "payload_too_large", param: "properties", message: expect.stringMatching(/^properties is 90\d\d bytes as JSON; at most 8192 are allowed\.$/) },
      { index: 7, code: "invalid_request", param: "extra", message: "Unknown field(s): extra." },
      { index: 8, code: "invalid_request", param: "timestamp", message: "timestamp must be an ISO 8601 date-time, e.g. 2026-11-23T14:00:00Z." },
      { index: 9, code: "invalid_request", param: "transaction_id", message: "transaction_id is required." },
      { index: 11, code: "customer_not_found", param: "external_customer_id", message: "No customer with external_ref 'nobody'." },
      { index: 12, code: "missing_property", param: "properties.tokens", message: "properties.tokens is missing; meter 'tokens' aggregates it (sum)." },
    ]);
    expect((await prisma().usageEvent.findMany({ select: { transactionId: true }, orderBy: { transactionId: "asc" } })).map((e) => e.transactionId)).toEqual(["ok-1", "ok-2"]);
  });

  test("ids and properties with quotes, backslashes, control and non-ASCII characters are stored exactly", async () => {
    await meter({ code: "calls", event_name: "api.call", aggregation: "count" });
    const properties = { note: 'say "hi"\\ \n\t tab', emoji: "😀 é", nested: { list: [1, "2", null, true], n: 1.5e-7 } };
    const id = 'txn "quoted" \\ back\tslash é😀';
    const result = await recordUsageEvents(ctx, [ev(id, "api.call", hoursAgo(1), properties), ev("lone-\ud800", "api.call", hoursAgo(1))]);
    expect(result.results.map((r) => [r.transaction_id, r.status])).toEqual([
      [id, "accepted"],
      ["lone-\ufffd", "accepted"], // a lone surrogate is stored (and answered) as U+FFFD
    ]);
    const stored = await prisma().usageEvent.findMany({ orderBy: { transactionId: "asc" }, select: { transactionId: true, properties: true } });
    expect(stored).toEqual([
      { transactionId: "lone-\ufffd", properties: {} },
      { transactionId: id, properties },
    ]);
  });

  test("an event for a period already invoiced is stored and listed but reported, not counted", async () => {
    const calls = await meter({ code: "calls", event_name: "api.call", aggregation: "count" });
    const periodStart = new Date(now().getTime() - 10 * 24 * HOUR);
    const periodEnd = new Date(now().getTime() - 3 * 24 * HOUR);
    const invoiceId = createId("invoice");
    await prisma().invoice.create({ data: { id: invoiceId, customerId, reason: "MANUAL", status: "DRAFT", currency: "EUR", issuedAt: periodEnd } });
    await prisma().invoiceLine.create({
      data: { id: createId("invoiceLine"), invoiceId, position: 0, key: "calls", description: "Calls", kind: "usage", quantity: "0", amountMinor: 0n, totalMinor: 0n, periodStart, periodEnd },
    });
    const result = await recordUsageEvents(ctx, [ev("late", "api.call", hoursAgo(5 * 24)), ev("open", "api.call", hoursAgo(24))]);
    expect(result.results).toEqual([
      { index: 0, transaction_id: "late", status: "not_counted" },
      { index: 1, transaction_id: "open", status: "accepted" },
    ]);
    expect(result).toMatchObject({ accepted: 1, not_counted: 1 });
    expect((await usage(calls.id, periodStart, now())).quantity).toBe("1");
    await rollUpUsage({ settleMs: 0 });
    expect((await usage(calls.id, periodStart, now())).quantity).toBe("1");
    expect(await prisma().usageEvent.findUnique({ where: { transactionId: "late" }, select: { uncountedReason: true } })).toEqual({ uncountedReason: "period_closed" });
  });
});

describe("cached meters and API keys", () => {
  test("meter writes of this process are seen at once; a meter created by another process too", async () => {
    const send = async (id: string) => (await recordUsageEvents(ctx, [ev(id, "api.call", hoursAgo(1))])).errors.map((e) => e.code);
    expect(await send("a")).toEqual(["unknown_event_name"]);
    const calls = await meter({ code: "calls", event_name: "api.call", aggregation: "count" });
    expect(await send("b")).toEqual([]);
    await setMeterArchived(ctx, calls.id, true);
    expect(await send("c")).toEqual(["unknown_event_name"]);
    await createTestMeterRow({ code: "elsewhere", eventName: "api.call" }); // as another process would: no invalidation here
    expect(await send("d")).toEqual([]);
  });

  test("a revoked API key is refused at once", async () => {
    const key = await createApiKey(ctx, { name: "ingest", role: "admin" });
    expect(await authenticateApiKey(`Bearer ${key.secret}`, new Date())).toMatchObject({ type: "api_key", id: key.id });
    await revokeApiKey(ctx, key.id);
    await expect(authenticateApiKey(`Bearer ${key.secret}`, new Date())).rejects.toThrow("This API key has been revoked.");
  });
});

describe("test clocks", () => {
  test("a customer on a test clock has its events validated and dated on the clock's time", async () => {
    const calls = await meter({ code: "calls", event_name: "api.call", aggregation: "count" });
    const frozen = new Date(now().getTime() + 90 * 24 * HOUR); // 90 days ahead of the real clock
    const clock = await createTestClock(ctx, { name: "Q1", frozen_time: frozen });
    const simulated = (await createTestCustomer()).id;
    await attachCustomerToTestClock(ctx, clock.id, simulated);
    const at = (ms: number) => new Date(frozen.getTime() + ms).toISOString();
    const result = await recordUsageEvents(ctx, [
      { ...ev("sim-1", "api.call", at(-HOUR)), customer_id: simulated },
      { transaction_id: "sim-2", customer_id: simulated, event_name: "api.call" },
      { ...ev("sim-3", "api.call", at(10 * 60_000)), customer_id: simulated },
      { ...ev("sim-4", "api.call", at(-36 * 24 * HOUR)), customer_id: simulated },
      ev("real-1", "api.call", at(-HOUR)),
      ev("real-2", "api.call", hoursAgo(1)),
    ]);
    expect(result.results.map((r) => [r.transaction_id, r.status])).toEqual([
      ["sim-1", "accepted"],
      ["sim-2", "accepted"],
      ["real-2", "accepted"],
    ]);
    expect(result.errors.map((e) => [e.index, e.code])).toEqual([
      [2, "timestamp_in_future"],
      [3, "timestamp_too_old"],
      [4, "timestamp_in_future"],
    ]);
    expect(result.errors[0]!.message).toContain(`(${frozen.toISOString()})`);
    expect((await prisma().usageEvent.findUnique({ where: { transactionId: "sim-2" } }))!.timestamp).toEqual(frozen);
    expect((await usage(calls.id, new Date(frozen.getTime() - 2 * HOUR), new Date(frozen.getTime() + HOUR), simulated)).quantity).toBe("2");
  });
});

describe("ingest filter rules", () => {
  test("a meter drops what its rules say (counted on the meter); an event every meter drops is not stored", async () => {
    const calls = await meter({ code: "calls", event_name: "api.call", aggregation: "count", ingest_rules: [{ action: "drop", conditions: [{ property: "env", operator: "in", values: ["test"] }] }] });
    const euBytes = await meter({ code: "eu-bytes", event_name: "api.call", aggregation: "sum", property: "n", ingest_rules: [{ action: "keep", conditions: [{ property: "region", operator: "in", values: ["eu"] }] }] });
    const result = await recordUsageEvents(ctx, [
      ev("e1", "api.call", hoursAgo(1), { env: "test", region: "us", n: 1 }),
      ev("e2", "api.call", hoursAgo(1), { env: "test", region: "eu", n: 2 }),
      ev("e3", "api.call", hoursAgo(1), { env: "prod", region: "us", n: 4 }),
      ev("e4", "api.call", hoursAgo(1), { env: "prod", region: "eu", n: "x" }),
      ev("e5", "api.call", hoursAgo(1), { env: "test", region: "us", n: "x" }),
    ]);
    expect(result).toMatchObject({ accepted: 2, dropped: 2, rejected: 1, errors: [{ index: 3, code: "invalid_property_value", param: "properties.n" }] });
    expect(result.results.map((r) => [r.transaction_id, r.status])).toEqual([
      ["e1", "dropped"],
      ["e2", "accepted"],
      ["e3", "accepted"],
      ["e5", "dropped"],
    ]);
    expect((await prisma().usageEvent.findMany({ orderBy: { transactionId: "asc" } })).map((e) => e.transactionId)).toEqual(["e2", "e3"]);
    expect((await findMeterById(prisma(), calls.id))!.droppedEvents).toBe(3n);
    expect((await findMeterById(prisma(), euBytes.id))!.droppedEvents).toBe(3n);
    const start = new Date(now().getTime() - 2 * HOUR);
    for (const pass of ["raw", "rolled up"]) {
      if (pass === "rolled up") await rollUpUsage({ settleMs: 0 });
      expect((await usage(calls.id, start, now())).quantity).toBe("1");
      expect((await usage(euBytes.id, start, now())).quantity).toBe("2");
    }
  });
});

describe("aggregations and rollups", () => {
  test("each aggregation type returns the exact value on a known event set, before and after rollup", async () => {
    const base = floorHour(new Date(now().getTime() - 30 * HOUR));
    const at = (minutes: number) => new Date(base.getTime() + minutes * 60_000).toISOString();
    const meters = {
      count: await meter({ code: "m-count", event_name: "storage", aggregation: "count", filters: [{ property: "region", operator: "in", values: ["eu"] }] }),
      sum: await meter({ code: "m-sum", event_name: "storage", aggregation: "sum", property: "gb", group_by: ["region"] }),
      max: await meter({ code: "m-max", event_name: "storage", aggregation: "max", property: "gb" }),
      unique: await meter({ code: "m-unique", event_name: "storage", aggregation: "unique_count", property: "bucket", group_by: ["region"] }),
      latest: await meter({ code: "m-latest", event_name: "storage", aggregation: "latest", property: "gb" }),
      weighted: await meter({ code: "m-weighted", event_name: "storage", aggregation: "weighted_sum", property: "gb" }),
    };
    // Period [base+30min, base+5h30): the first event is before it (carried in for the weighted sum).
    const events = [
      ev("e0", "storage", at(0), { gb: 8, region: "eu", bucket: "a" }),
      ev("e1", "storage", at(60), { gb: 10, region: "eu", bucket: "a" }),
      ev("e2", "storage", at(90), { gb: "2.5", region: "us", bucket: "b" }),
      ev("e3", "storage", at(150), { gb: 40, region: "eu", bucket: "a" }),
      ev("e4", "storage", at(240), { gb: 4, region: "us", bucket: "c" }),
      ev("e5", "storage", at(300), { gb: 1, region: "eu", bucket: "b" }),
      ev("e6", "storage", at(400), { gb: 99, region: "eu", bucket: "z" }),
    ];
    expect((await recordUsageEvents(ctx, events)).accepted).toBe(7);
    const start = new Date(base.getTime() + 30 * 60_000);
    const end = new Date(base.getTime() + 330 * 60_000);
    const expected = async () => {
      expect(await usage(meters.count.id, start, end)).toEqual({ quantity: "3", dimensions: [] });
      expect(await usage(meters.sum.id, start, end)).toEqual({
        quantity: "57.5",
        dimensions: [
          { values: { region: "eu" }, quantity: "51" },
          { values: { region: "us" }, quantity: "6.5" },
        ],
      });
      expect((await usage(meters.max.id, start, end)).quantity).toBe("40");
      expect(await usage(meters.unique.id, start, end)).toEqual({
        quantity: "3",
        dimensions: [
          { values: { region: "eu" }, quantity: "2" },
          { values: { region: "us" }, quantity: "2" },
        ],
      });
      expect((await usage(meters.latest.id, start, end)).quantity).toBe("1");
      // 8 GB × 0.5 h + 10 × 0.5 + 2.5 × 1 + 40 × 1.5 + 4 × 1 + 1 × 0.5 = 4 + 5 + 2.5 + 60 + 4 + 0.5
      expect((await usage(meters.weighted.id, start, end)).quantity).toBe("76");
    };
    await expected();
    expect(await rollUpUsage({ settleMs: 0 })).toMatchObject({ advanced: true });
    expect(await prisma().usageRollup.count({ where: { meterId: meters.sum.id } })).toBe(7);
    await expected();
  });

  test("a late event lands in its own period, before and after the rollup that picks it up", async () => {
    const calls = await meter({ code: "calls", event_name: "api.call", aggregation: "sum", property: "n" });
    const previous = { start: new Date(now().getTime() - 20 * 24 * HOUR), end: new Date(now().getTime() - 10 * 24 * HOUR) };
    const current = { start: previous.end, end: now() };
    await recordUsageEvents(ctx, [ev("a", "api.call", hoursAgo(15 * 24), { n: 1 }), ev("b", "api.call", hoursAgo(24), { n: 10 })]);
    await rollUpUsage({ settleMs: 0 });
    await recordUsageEvents(ctx, [ev("late", "api.call", hoursAgo(12 * 24), { n: 100 })]);
    expect((await usage(calls.id, previous.start, previous.end)).quantity).toBe("101");
    expect((await usage(calls.id, current.start, current.end)).quantity).toBe("10");
    await rollUpUsage({ settleMs: 0 });
    expect((await usage(calls.id, previous.start, previous.end)).quantity).toBe("101");
    expect((await usage(calls.id, current.start, current.end)).quantity).toBe("10");
  });

  test("rollups equal a recomputation from raw events, through duplicates, late events and several passes", async () => {
    const filters = [{ property: "region", operator: "not_in", values: ["test"] }];
    const tokens = await meter({ code: "tokens", event_name: "llm", aggregation: "sum", property: "tokens", group_by: ["model"], filters });
    const users = await meter({ code: "users", event_name: "llm", aggregation: "unique_count", property: "user", group_by: ["model"], filters });
    const other = (await createTestCustomer()).id;
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const batch = (pass: number) =>
      Array.from({ length: 250 }, () => {
        const id = Math.floor(random() * 600); // ids repeat across and within passes
        return {
          // the late pass spans 34 days: it always crosses a month start (value hours are per month)
          ...ev(`t-${id}`, "llm", hoursAgo(random() * 24 * (pass === 3 ? 34 : 3)), {
            tokens: Math.floor(random() * 1000) / 10,
            model: ["small", "large", undefined][Math.floor(random() * 3)],
            region: ["eu", "test"][Math.floor(random() * 2)],
            user: `u${Math.floor(random() * 40)}`,
          }),
          customer_id: random() < 0.5 ? customerId : other,
        };
      });
    for (let pass = 0; pass < 4; pass++) {
      await recordUsageEvents(ctx, batch(pass));
      await rollUpUsage({ settleMs: 0 });
    }
    const countedEvents = async () =>
      (await prisma().usageEvent.findMany({ where: { uncountedReason: null } }))
        .filter((e) => (e.properties as Record<string, unknown>).region !== "test")
        .map((e) => ({ ...e, props: e.properties as Record<string, unknown> }));
    const counted = await countedEvents();
    const groups = new Map<string, { at: Date; txn: string; value: string }[]>();
    for (const e of counted) {
      const props = e.properties as Record<string, unknown>;
      const key = [e.customerId, floorHour(e.timestamp).toISOString(), JSON.stringify([props.model ?? null])].join("|");
      groups.set(key, [...(groups.get(key) ?? []), { at: e.timestamp, txn: e.transactionId, value: String(props.tokens) }]);
    }
    const rollups = await prisma().usageRollup.findMany({ where: { meterId: tokens.id } });
    const actual = Object.fromEntries(
      rollups.map((r) => [[r.customerId, r.bucketStart.toISOString(), r.dimensions.replace(/, /g, ",")].join("|"), { count: r.count, sum: r.sum.toFixed(), max: r.max?.toFixed(), latest: r.latestTxn }]),
    );
    const recomputed = Object.fromEntries(
      [...groups].map(([key, events]) => {
        const partial = partialOfEvents(events);
        return [key, { count: partial.count, sum: quantityOf("sum", partial), max: quantityOf("max", partial), latest: partial.latest!.txn }];
      }),
    );
    expect(actual).toEqual(recomputed);
    expect(Object.keys(actual).length).toBeGreaterThan(50);

    // Unique counts: the month rows of value hours, and the hourly value sets.
    const hoursByValue = new Map<string, Set<number>>();
    const hourlyValues = new Set<string>();
    for (const e of counted) {
      const month = bucketStart(e.timestamp, "month");
      const dims = JSON.stringify([e.props.model ?? null]);
      const key = [e.customerId, month.toISOString(), dims, e.props.user].join("|");
      hoursByValue.set(key, (hoursByValue.get(key) ?? new Set()).add((floorHour(e.timestamp).getTime() - month.getTime()) / HOUR));
      hourlyValues.add([e.customerId, floorHour(e.timestamp).toISOString(), dims, e.props.user].join("|"));
    }
    const valueHours = await prisma().usageRollupValueHours.findMany({ where: { meterId: users.id } });
    expect(Object.fromEntries(valueHours.map((r) => [[r.customerId, r.month.toISOString(), r.dimensions, r.value].join("|"), r.hours]))).toEqual(
      Object.fromEntries([...hoursByValue].map(([key, hours]) => [key, Array.from({ length: MONTH_HOURS }, (_, i) => (hours.has(i) ? "1" : "0")).join("")])),
    );
    expect(new Set(valueHours.map((r) => r.month.getTime())).size).toBe(2);
    const hourly = await prisma().usageRollupValue.findMany({ where: { meterId: users.id } });
    expect(new Set(hourly.map((r) => [r.customerId, r.bucketStart.toISOString(), r.dimensions, r.value].join("|")))).toEqual(hourlyValues);

    // Period unique counts equal the distinct raw values, with everything rolled up and with a tail.
    const periods = [
      [hoursAgo(33 * 24 - 0.2877), hoursAgo(0.5)],
      [hoursAgo(30 * 24 + 0.001), hoursAgo(2 * 24 - 0.25)],
      [hoursAgo(26.5), hoursAgo(1.1)],
      [hoursAgo(2.7), hoursAgo(2.2)],
    ].map(([start, end]) => ({ start: new Date(start!), end: new Date(end!) }));
    const expectUniqueCounts = async () => {
      const events = (await countedEvents()).filter((e) => e.customerId === customerId);
      for (const { start, end } of periods) {
        const inPeriod = events.filter((e) => e.timestamp >= start && e.timestamp < end);
        const byModel = new Map<string, Set<unknown>>();
        for (const e of inPeriod) byModel.set(String(e.props.model ?? null), (byModel.get(String(e.props.model ?? null)) ?? new Set()).add(e.props.user));
        const result = await usage(users.id, start, end);
        expect(result.quantity).toBe(String(new Set(inPeriod.map((e) => e.props.user)).size));
        expect(Object.fromEntries(result.dimensions.map((d) => [String(d.values.model), d.quantity]))).toEqual(Object.fromEntries([...byModel].map(([model, set]) => [model, String(set.size)])));
      }
    };
    await expectUniqueCounts();
    await recordUsageEvents(ctx, batch(3)); // not rolled up: read raw after the watermark
    await expectUniqueCounts();
  });
});
