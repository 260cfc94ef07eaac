// Usage limits against the real database: evaluation by the job's pass and on every write, one
// alert per limit and period (however often and concurrently evaluated), the outbox row written
// with the crossing, and the entitlements answer of a customer over a `disable` limit.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { runDueJobs } from "../../jobs/runner";
import { scheduleUsageLimits } from "../../jobs/usage-limits";
import { createMeterSchema } from "../../schemas/meter";
import { createPlanSchema } from "../../schemas/plan";
import { createUsageLimitSchema, updateUsageLimitSchema } from "../../schemas/usage-limit";
import { customerOnTestClock, subscribe, testCtx } from "../../testing/billing-fixtures";
import { createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { deleteCustomer } from "../customers/delete-customer";
import { getCustomerEntitlements } from "../entitlements/get-customer-entitlements";
import { createMeter } from "../meters/create-meter";
import { createPlan } from "../plans/create-plan";
import { setPlanStatus } from "../plans/set-plan-status";
import { inTransaction } from "../transaction";
import { recordUsageEvents } from "../usage/record-usage-events";
import { rollUpUsage } from "../usage/roll-up-usage";
import { createUsageLimit } from "./create-usage-limit";
import { evaluateRecentUsage } from "./evaluate-recent-usage";
import { evaluateCustomerLimits } from "./evaluate-usage-limits";
import { getUsageLimit } from "./get-usage-limit";
import { listUsageLimits } from "./list-usage-limits";
import { listWebhookEvents } from "./list-webhook-events";
import { setUsageLimitArchived } from "./set-usage-limit-archived";
import { updateUsageLimit } from "./update-usage-limit";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A weekly period started at `start` ends at UTC midnight seven days later (boundaries after the first are local midnight). */
const weekEnd = (start: Date) => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 7)).toISOString();

beforeEach(resetDb);

let seq = 0;
async function sendCalls(customerId: string, count: number, at = new Date(Date.now() - HOUR)) {
  const events = Array.from({ length: count }, () => ({ transaction_id: `call-${++seq}`, customer_id: customerId, event_name: "api.call", timestamp: at.toISOString() }));
  const result = await recordUsageEvents(testCtx(), events);
  expect(result.accepted).toBe(count);
}

const callsMeter = () => createMeter(testCtx(), createMeterSchema.parse({ code: "calls", name: "API calls", event_name: "api.call", aggregation: "count" }));

/** A customer on a weekly plan (in arrears) pricing the calls meter, started two days ago. */
async function weeklySubscriber(meterId: string) {
  const plan = await createPlan(
    testCtx(),
    createPlanSchema.parse({
      code: "api-weekly",
      name: "API weekly",
      billing_interval: "week",
      billing_timing: "in_arrears",
      currencies: ["EUR"],
      charges: [{ key: "calls", name: "Calls", kind: "usage", model: "per_unit", meter_id: meterId, prices: { EUR: { unit_price: "0.01" } } }],
    }),
  );
  await setPlanStatus(testCtx(), plan.id, "activate");
  const customer = await createTestCustomer();
  const start = new Date(Date.now() - 2 * DAY);
  const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, start_date: start.toISOString() });
  return { customer, subscription, start };
}

const limit = (ctx = testCtx(), body: Record<string, unknown>) => createUsageLimit(ctx, createUsageLimitSchema.parse(body));
const outbox = async () => (await listWebhookEvents(testCtx(), { limit: 100, type: "usage_limit.reached" })).data;

describe("evaluation", () => {
  test("a warning at 80% of the included 10 calls alerts once per period, however often and concurrently it is evaluated", async () => {
    const meter = await callsMeter();
    const { customer, subscription, start } = await weeklySubscriber(meter.id);
    const warning = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold: "8", action: "warning", name: "80% of quota" });
    expect(warning).toMatchObject({
      state: "ok",
      current_usage: "0",
      reached_at: null,
      current_period: { start: start.toISOString(), end: weekEnd(start), source: "subscription", subscription_id: subscription.id },
    });

    await sendCalls(customer.id, 7);
    expect(await evaluateRecentUsage(testCtx())).toMatchObject({ customers: 1 });
    expect(await outbox()).toEqual([]);
    expect(await getUsageLimit(testCtx(), warning.id)).toMatchObject({ state: "ok", current_usage: "7" });

    await sendCalls(customer.id, 1);
    await evaluateRecentUsage(testCtx());
    await evaluateRecentUsage(testCtx());
    await Promise.all([
      evaluateRecentUsage(testCtx()),
      evaluateRecentUsage(testCtx()),
      inTransaction((tx) => evaluateCustomerLimits(tx, testCtx(), customer.id)),
      inTransaction((tx) => evaluateCustomerLimits(tx, testCtx(), customer.id)),
    ]);
    await rollUpUsage({ settleMs: 0 }); // reads are exact at any rollup lag: nothing changes after a pass
    await evaluateRecentUsage(testCtx());

    const events = await outbox();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "usage_limit.reached",
      customer_id: customer.id,
      delivered_at: null,
      data: { object: { object: "usage_limit", id: warning.id, state: "reached", threshold: "8", action: "warning", current_usage: "8" } },
    });
    expect(await prisma().usageLimitCrossing.count()).toBe(1);
    const reached = await getUsageLimit(testCtx(), warning.id);
    expect(reached).toMatchObject({ state: "reached", current_usage: "8" });
    expect(reached.reached_at).not.toBeNull();

    // A warning does not disable: the entitlements answer names it.
    const entitlements = await getCustomerEntitlements(testCtx(), customer.id);
    expect(entitlements).toMatchObject({ customer_disabled: false, disabled_reason: null });
    expect(entitlements.usage_limits_reached).toEqual([expect.objectContaining({ usage_limit_id: warning.id, action: "warning", threshold: "8", quantity: "8", meter_code: "calls" })]);

    // The next period starts afresh: not reached until usage crosses again.
    const nextWeek = testCtx(new Date(start.getTime() + 7 * DAY + HOUR));
    expect(await getUsageLimit(nextWeek, warning.id)).toMatchObject({ state: "ok", current_usage: "0", reached_at: null });
  });

  test("a disable limit disables the customer until the period ends, or until it is raised or archived; events are still accepted", async () => {
    const meter = await callsMeter();
    const { customer, start } = await weeklySubscriber(meter.id);
    const disable = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold: 10, action: "disable" });
    await sendCalls(customer.id, 10);
    await evaluateRecentUsage(testCtx());

    const disabled = await getCustomerEntitlements(testCtx(), customer.id);
    expect(disabled).toMatchObject({ customer_disabled: true, disabled_reason: "usage_limit", features: [] });
    expect(disabled.usage_limits_reached).toEqual([
      expect.objectContaining({ usage_limit_id: disable.id, action: "disable", threshold: "10", period_start: start.toISOString(), period_end: weekEnd(start) }),
    ]);
    await sendCalls(customer.id, 2); // never lose usage: enforcement is the client's job
    expect((await getUsageLimit(testCtx(), disable.id)).current_usage).toBe("12");

    // The next period re-enables the customer by itself.
    expect(await getCustomerEntitlements(testCtx(new Date(start.getTime() + 7 * DAY)), customer.id)).toMatchObject({ customer_disabled: false, usage_limits_reached: [] });

    // Raising the threshold re-enables at once; lowering it again alerts again (a new revision).
    const raised = await updateUsageLimit(testCtx(), disable.id, updateUsageLimitSchema.parse({ threshold: "100" }));
    expect(raised).toMatchObject({ state: "ok", threshold: "100", current_usage: "12" });
    expect(await getCustomerEntitlements(testCtx(), customer.id)).toMatchObject({ customer_disabled: false, disabled_reason: null });
    expect(await updateUsageLimit(testCtx(), disable.id, updateUsageLimitSchema.parse({ name: "Hard cap" }))).toMatchObject({ state: "ok", name: "Hard cap" });
    const lowered = await updateUsageLimit(testCtx(), disable.id, updateUsageLimitSchema.parse({ threshold: "12" }));
    expect(lowered.state).toBe("reached");
    expect(await outbox()).toHaveLength(2);
    expect((await getCustomerEntitlements(testCtx(), customer.id)).customer_disabled).toBe(true);

    // Archiving stops it; unarchiving evaluates it again.
    await setUsageLimitArchived(testCtx(), disable.id, true);
    expect((await getCustomerEntitlements(testCtx(), customer.id)).customer_disabled).toBe(false);
    expect(await getUsageLimit(testCtx(), disable.id)).toMatchObject({ status: "archived", state: "ok" });
    await expect(setUsageLimitArchived(testCtx(), disable.id, true)).rejects.toMatchObject({ code: "invalid_state" });
    expect(await setUsageLimitArchived(testCtx(), disable.id, false)).toMatchObject({ status: "active", state: "reached" });
    expect(await outbox()).toHaveLength(3);
  });

  test("without a subscription pricing the meter, a limit measures the UTC calendar month; created below current usage, it alerts at once", async () => {
    const meter = await callsMeter();
    const customer = await createTestCustomer();
    await sendCalls(customer.id, 3);
    const now = new Date();
    const created = await limit(testCtx(now), { customer_id: customer.id, meter_id: meter.id, threshold: "2.5", action: "warning" });
    expect(created).toMatchObject({
      state: "reached",
      current_usage: "3",
      current_period: {
        source: "calendar_month",
        subscription_id: null,
        start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(),
        end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
      },
    });
    expect(await outbox()).toHaveLength(1);
    // The job's pass finds nothing new to say.
    await evaluateRecentUsage(testCtx());
    expect(await outbox()).toHaveLength(1);
  });

  test("a test clock customer's limit measures its clock's month, and moving the clock on clears the state", async () => {
    const meter = await callsMeter();
    const frozen = new Date(Date.now() - 3 * DAY);
    const { clock, customer } = await customerOnTestClock(frozen.toISOString());
    await sendCalls(customer.id, 5, new Date(frozen.getTime() - HOUR));
    const created = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold: "5", action: "disable" });
    expect(created.current_period.start).toBe(new Date(Date.UTC(frozen.getUTCFullYear(), frozen.getUTCMonth(), 1)).toISOString());
    expect(created.reached_at).toBe(frozen.toISOString());
    expect((await getCustomerEntitlements(testCtx(), customer.id)).customer_disabled).toBe(true);
    const nextMonth = new Date(Date.UTC(frozen.getUTCFullYear(), frozen.getUTCMonth() + 1, 1));
    await prisma().testClock.update({ where: { id: clock.id }, data: { frozenTime: nextMonth } });
    expect((await getCustomerEntitlements(testCtx(), customer.id)).customer_disabled).toBe(false);
  });
});

describe("the job", () => {
  test("the worker's minute job evaluates the customers with new events, once a minute", async () => {
    const meter = await callsMeter();
    const customer = await createTestCustomer();
    const created = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold: "2", action: "warning" });
    await sendCalls(customer.id, 2);
    expect((await getUsageLimit(testCtx(), created.id)).state).toBe("ok"); // ingestion does not evaluate
    const now = new Date();
    await scheduleUsageLimits(prisma(), now);
    await scheduleUsageLimits(prisma(), now);
    expect(await runDueJobs({ workerId: "test", limit: 10 })).toMatchObject({ claimed: 1, succeeded: 1 });
    expect((await getUsageLimit(testCtx(), created.id)).state).toBe("reached");
    expect(await outbox()).toHaveLength(1);
  });
});

describe("lists", () => {
  test("filter by customer, meter, action, state and status; cursor pagination; the outbox by type and customer", async () => {
    const meter = await callsMeter();
    const a = await createTestCustomer();
    const b = await createTestCustomer();
    await sendCalls(a.id, 4);
    const reachedA = await limit(undefined, { customer_id: a.id, meter_id: meter.id, threshold: "3", action: "warning" });
    const okA = await limit(undefined, { customer_id: a.id, meter_id: meter.id, threshold: "40", action: "disable" });
    const okB = await limit(undefined, { customer_id: b.id, meter_id: meter.id, threshold: "1", action: "warning", metadata: { team: "core" } });
    const ids = async (query: Record<string, unknown>) => (await listUsageLimits(testCtx(), { limit: 10, sort: "-created_at", ...query })).data.map((dto) => dto.id);

    expect(await ids({})).toEqual([okB.id, okA.id, reachedA.id]);
    expect(await ids({ sort: "created_at" })).toEqual([reachedA.id, okA.id, okB.id]);
    expect(await ids({ customer_id: a.id })).toEqual([okA.id, reachedA.id]);
    expect(await ids({ state: "reached" })).toEqual([reachedA.id]);
    expect(await ids({ state: "ok" })).toEqual([okB.id, okA.id]);
    expect(await ids({ action: "disable" })).toEqual([okA.id]);
    expect(await ids({ metadata: { team: "core" } })).toEqual([okB.id]);
    expect(await ids({ meter_id: "mtr_nope" })).toEqual([]);
    await setUsageLimitArchived(testCtx(), okA.id, true);
    expect(await ids({ status: "archived" })).toEqual([okA.id]);
    expect(await ids({ status: "active", state: "ok" })).toEqual([okB.id]);

    const first = await listUsageLimits(testCtx(), { limit: 2, sort: "-created_at" });
    expect(first).toMatchObject({ has_more: true, next_cursor: okA.id });
    const second = await listUsageLimits(testCtx(), { limit: 2, sort: "-created_at", starting_after: first.next_cursor! });
    expect(second.data.map((dto) => dto.id)).toEqual([reachedA.id]);
    expect(second.has_more).toBe(false);

    expect((await listWebhookEvents(testCtx(), { limit: 10, customer_id: a.id })).data).toHaveLength(1);
    expect((await listWebhookEvents(testCtx(), { limit: 10, customer_id: b.id })).data).toHaveLength(0);
    expect((await listWebhookEvents(testCtx(), { limit: 10, type: "invoice.paid" })).data).toHaveLength(0);
    expect((await listWebhookEvents(testCtx(), { limit: 10, created_to: new Date(Date.now() - DAY).toISOString() })).data).toHaveLength(0);
  });
});

describe("customers", () => {
  test("a customer never billed can still be deleted: its usage limits go with it", async () => {
    const meter = await callsMeter();
    const customer = await createTestCustomer();
    await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold: "5", action: "warning" });
    await deleteCustomer(testCtx(), customer.id);
    expect(await prisma().usageLimit.count()).toBe(0);
  });
});
