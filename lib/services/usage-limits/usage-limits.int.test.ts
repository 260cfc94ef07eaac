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
import { changePlan } from "../subscriptions/change-plan";
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

type CallsPrice = { model: string; price: Record<string, unknown> };
const PER_CALL: CallsPrice = { model: "per_unit", price: { unit_price: "0.01" } };

/** An active weekly plan (in arrears) pricing the calls meter. */
async function weeklyPlan(meterId: string, { model, price }: CallsPrice = PER_CALL, code = "api-weekly") {
  const plan = await createPlan(
    testCtx(),
    createPlanSchema.parse({
      code,
      name: code,
      billing_interval: "week",
      billing_timing: "in_arrears",
      currencies: ["EUR"],
      charges: [{ key: "calls", name: "Calls", kind: "usage", model, meter_id: meterId, prices: { EUR: price } }],
    }),
  );
  await setPlanStatus(testCtx(), plan.id, "activate");
  return plan;
}

/** A customer on a weekly plan pricing the calls meter, started two days ago. */
async function weeklySubscriber(meterId: string, price: CallsPrice = PER_CALL) {
  const plan = await weeklyPlan(meterId, price);
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

describe("percentage thresholds", () => {
  const tiers = (free: string) => ({ model: "graduated", price: { tiers: [{ up_to: free, unit_price: "0" }, { up_to: null, unit_price: "0.01" }] } });

  test("80% of the included quantity follows the customer's price: 8 of 10 free calls, then 4 once a plan change includes 5", async () => {
    const meter = await callsMeter();
    const { customer, subscription } = await weeklySubscriber(meter.id, tiers("10"));
    const percent = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold_percent: "80", action: "warning" });
    expect(percent).toMatchObject({ threshold_percent: "80", included_quantity: "10", threshold: "8", state: "ok" });

    await sendCalls(customer.id, 5);
    await evaluateRecentUsage(testCtx());
    expect(await getUsageLimit(testCtx(), percent.id)).toMatchObject({ state: "ok", current_usage: "5", threshold: "8" });

    // Down to a plan including 5 calls: 80% of it is 4, already passed.
    const smaller = await weeklyPlan(meter.id, { model: "package", price: { package_size: "100", package_price: "1", free_units: "5" } }, "api-small");
    await changePlan(testCtx(), subscription.id, { plan_id: smaller.id, quantities: {}, when: "now", prorate: false });
    const changed = await getUsageLimit(testCtx(), percent.id);
    expect(changed).toMatchObject({ state: "ok", included_quantity: "5", threshold: "4" });
    await sendCalls(customer.id, 1);
    await evaluateRecentUsage(testCtx());
    const reached = await getUsageLimit(testCtx(), percent.id);
    expect(reached).toMatchObject({ state: "reached", threshold: "4", threshold_percent: "80" });

    const [event] = await outbox();
    expect(event!.data.object).toMatchObject({ id: percent.id, threshold: "4", threshold_percent: "80", included_quantity: "5" });
    expect((await prisma().usageLimitCrossing.findFirstOrThrow()).threshold.toString()).toBe("4");
    const entitlements = await getCustomerEntitlements(testCtx(), customer.id);
    expect(entitlements.usage_limits_reached).toEqual([expect.objectContaining({ usage_limit_id: percent.id, threshold: "4" })]);
  });

  test("a disable at 100% of 5 free calls lifts when the customer upgrades to 10 (the job's next pass), and is reached again at 10", async () => {
    const meter = await callsMeter();
    const { customer, subscription } = await weeklySubscriber(meter.id, tiers("5"));
    const cap = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold_percent: "100", action: "disable" });
    await sendCalls(customer.id, 5);
    await evaluateRecentUsage(testCtx());
    expect(await getCustomerEntitlements(testCtx(), customer.id)).toMatchObject({ customer_disabled: true, disabled_reason: "usage_limit" });
    expect((await listUsageLimits(testCtx(), { limit: 10, sort: "-created_at", state: "reached" })).data.map((row) => row.id)).toEqual([cap.id]);

    const bigger = await weeklyPlan(meter.id, tiers("10"), "api-bigger");
    await changePlan(testCtx(), subscription.id, { plan_id: bigger.id, quantities: {}, when: "now", prorate: false });
    // The limit reads its new quantity at once; what is stored for the entitlements follows at the job's pass.
    expect(await getUsageLimit(testCtx(), cap.id)).toMatchObject({ threshold: "10", included_quantity: "10", state: "ok", reached_at: null });
    expect(await evaluateRecentUsage(testCtx())).toMatchObject({ customers: 1 });
    expect(await getCustomerEntitlements(testCtx(), customer.id)).toMatchObject({ customer_disabled: false, usage_limits_reached: [] });
    expect((await listUsageLimits(testCtx(), { limit: 10, sort: "-created_at", state: "ok" })).data.map((row) => row.id)).toEqual([cap.id]);

    await sendCalls(customer.id, 5);
    await evaluateRecentUsage(testCtx());
    await evaluateRecentUsage(testCtx());
    expect(await getCustomerEntitlements(testCtx(), customer.id)).toMatchObject({ customer_disabled: true, usage_limits_reached: [expect.objectContaining({ threshold: "10", quantity: "10" })] });
    expect((await outbox()).map((event) => (event.data.object as { threshold: string }).threshold)).toEqual(["10", "5"]);
  });

  test("a percentage needs an included quantity: refused without one; a PATCH switches between the two kinds, each a new revision", async () => {
    const meter = await callsMeter();
    const loner = await createTestCustomer();
    await expect(limit(undefined, { customer_id: loner.id, meter_id: meter.id, threshold_percent: "80", action: "warning" })).rejects.toMatchObject({
      code: "unprocessable",
      param: "threshold_percent",
      message: expect.stringContaining("No subscription of this customer prices meter 'calls'"),
    });
    const perCall = await weeklySubscriber(meter.id);
    await expect(limit(undefined, { customer_id: perCall.customer.id, meter_id: meter.id, threshold_percent: "80", action: "warning" })).rejects.toMatchObject({
      param: "threshold_percent",
      message: expect.stringContaining(`subscription ${perCall.subscription.id} includes no quantity`),
    });
    expect(await prisma().usageLimit.count()).toBe(0);

    const customer = await createTestCustomer();
    const plan = await weeklyPlan(meter.id, tiers("10"), "api-free-10");
    await subscribe({ customer_id: customer.id, plan_id: plan.id, start_date: new Date(Date.now() - DAY).toISOString() });
    const quantity = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold: "3", action: "disable" });
    expect(quantity).toMatchObject({ threshold: "3", threshold_percent: null, included_quantity: "10" });
    await sendCalls(customer.id, 3);
    await evaluateRecentUsage(testCtx());
    expect((await getCustomerEntitlements(testCtx(), customer.id)).customer_disabled).toBe(true);

    // To a percentage: 50% of 10 is 5, not reached by 3 calls: the customer is enabled again.
    const patch = (body: Record<string, unknown>) => updateUsageLimit(testCtx(), quantity.id, updateUsageLimitSchema.parse(body));
    expect(await patch({ threshold_percent: "50" })).toMatchObject({ threshold: "5", threshold_percent: "50", state: "ok" });
    expect((await getCustomerEntitlements(testCtx(), customer.id)).customer_disabled).toBe(false);
    expect(await patch({ threshold_percent: "50.00", name: "Half" })).toMatchObject({ threshold_percent: "50", name: "Half" });
    expect(await patch({ threshold: "2" })).toMatchObject({ threshold: "2", threshold_percent: null, state: "reached" });
    expect(await prisma().usageLimit.findUniqueOrThrow({ where: { id: quantity.id } })).toMatchObject({ revision: 3, thresholdPercent: null });
    expect(() => updateUsageLimitSchema.parse({ threshold: "2", threshold_percent: "50" })).toThrow(/not both/);
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
  test("a pass also evaluates the customers with a percentage limit whose subscriptions changed, without new events", async () => {
    const meter = await callsMeter();
    const free = (units: string) => ({ model: "package", price: { package_size: "1", package_price: "1", free_units: units } });
    const small = await weeklyPlan(meter.id, free("5"));
    const subscriber = async () => {
      const customer = await createTestCustomer();
      return { customer, subscription: await subscribe({ customer_id: customer.id, plan_id: small.id, start_date: new Date(Date.now() - DAY).toISOString() }) };
    };
    const { customer, subscription } = await subscriber();
    const bystander = await subscriber();
    await limit(undefined, { customer_id: bystander.customer.id, meter_id: meter.id, threshold: "3", action: "warning" });
    const percent = await limit(undefined, { customer_id: customer.id, meter_id: meter.id, threshold_percent: "40", action: "warning" });
    // Set up long enough ago to be out of the pass's overlap window: nothing to evaluate.
    await prisma().$executeRaw`UPDATE "Subscription" SET "updatedAt" = now() - interval '5 minutes'`;
    expect(await evaluateRecentUsage(testCtx())).toMatchObject({ customers: 0 });
    const bigger = await weeklyPlan(meter.id, free("10"), "api-bigger");
    await changePlan(testCtx(), subscription.id, { plan_id: bigger.id, quantities: {}, when: "now", prorate: false });
    await changePlan(testCtx(), bystander.subscription.id, { plan_id: bigger.id, quantities: {}, when: "now", prorate: false });
    expect(await evaluateRecentUsage(testCtx())).toMatchObject({ customers: 1 }); // the bystander's limit is a quantity
    expect((await prisma().usageLimit.findUniqueOrThrow({ where: { id: percent.id } })).evaluatedThreshold!.toString()).toBe("4");
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
