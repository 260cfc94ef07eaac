// Lifecycle actions on a test clock, through the billing run: what each change bills, to the cent.
// Plan: 30.00 EUR flat + 1 seat × 10.00, monthly in advance; June has 30 days.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { createMonthlyPlan, customerOnTestClock, invoicesOf, subscribe, subscriptionEvents, testCtx } from "../../testing/billing-fixtures";
import { resetDb } from "../../testing/reset-db";
import { advanceTestClock } from "../test-clocks/advance-test-clock";
import { cancelSubscription } from "./cancel-subscription";
import { changePlan } from "./change-plan";
import { pauseSubscription } from "./pause-subscription";
import { resumeSubscription } from "./resume-subscription";

beforeEach(resetDb);

async function subscribedInJune() {
  const plan = await createMonthlyPlan();
  const { clock, customer } = await customerOnTestClock("2026-06-01T00:00:00Z");
  const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id });
  const advance = (iso: string) => advanceTestClock(testCtx(), clock.id, { frozen_time: new Date(iso) });
  await advance("2026-06-16T00:00:00Z"); // June is invoiced (40.00) and half of it is left
  return { subscription, customer, advance };
}

describe("lifecycle actions on a test clock", () => {
  test("a pause on June 16 credits the unused half; resuming on June 23 charges the 8 days left; July renews in full", async () => {
    const { subscription, advance } = await subscribedInJune();
    const paused = await pauseSubscription(testCtx(), subscription.id, {});
    expect(paused.items.filter((item) => item.active_until === null)).toEqual([]);
    expect(paused.items.map((item) => item.active_until)).toEqual(["2026-06-16T00:00:00.000Z", "2026-06-16T00:00:00.000Z"]); // the clock's time, not the request's
    await advance("2026-06-23T00:00:00Z");
    await resumeSubscription(testCtx(), subscription.id);
    await advance("2026-07-01T00:00:00Z");

    const [june, pause, resume, july] = await invoicesOf(subscription.id);
    expect(june!.total).toBe(4000);
    expect(pause).toMatchObject({ reason: "SUBSCRIPTION_UPDATE", total: -2000 });
    expect(resume).toMatchObject({ reason: "SUBSCRIPTION_UPDATE", total: 1067 }); // 30 × 8/30 + 10 × 8/30 = 8.00 + 2.67
    expect(resume!.lines.map((line) => [line.key, line.amount, line.from, line.to])).toEqual([
      ["base", 800, "2026-06-23", "2026-07-01"],
      ["seats", 267, "2026-06-23", "2026-07-01"],
    ]);
    expect(july).toMatchObject({ periodIndex: 1, total: 4000 });
    expect(await subscriptionEvents(subscription.id)).toEqual([
      "2026-06-01 created → active",
      "2026-06-01 invoice_created",
      "2026-06-16 pause → paused",
      "2026-06-23 resume → active",
      "2026-07-01 invoice_created",
    ]);
  });

  test("an upgrade now on June 16 credits half the old plan and charges half the new one on one invoice", async () => {
    const { subscription } = await subscribedInJune();
    const premium = await createMonthlyPlan({ base: "50", code: "premium" });
    const changed = await changePlan(testCtx(), subscription.id, { plan_id: premium.id, quantities: {}, when: "now", prorate: true });
    expect(changed.plan_id).toBe(premium.id);
    const [, change] = await invoicesOf(subscription.id);
    expect(change!.lines.map((line) => line.amount).sort((a, b) => a - b)).toEqual([-1500, -500, 500, 2500]);
    expect(change!.total).toBe(1000);
  });

  test("without proration an upgrade bills nothing now; the new price starts with July", async () => {
    const { subscription, advance } = await subscribedInJune();
    const premium = await createMonthlyPlan({ base: "50", code: "premium" });
    await changePlan(testCtx(), subscription.id, { plan_id: premium.id, quantities: {}, when: "now", prorate: false });
    await advance("2026-07-01T00:00:00Z");
    const invoices = await invoicesOf(subscription.id);
    expect(invoices.map((invoice) => invoice.total)).toEqual([4000, 6000]);
  });

  test("a plan change scheduled at period end is applied by the clock's billing run, and July bills the new plan", async () => {
    const { subscription, advance } = await subscribedInJune();
    const premium = await createMonthlyPlan({ base: "50", code: "premium" });
    await changePlan(testCtx(), subscription.id, { plan_id: premium.id, quantities: { seats: "2" }, when: "period_end", prorate: true });
    await advance("2026-07-01T00:00:00Z");
    const row = await prisma().subscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(row.planId).toBe(premium.id);
    const july = (await invoicesOf(subscription.id))[1]!;
    expect(july.lines.map((line) => [line.key, line.amount])).toEqual([
      ["base", 5000],
      ["seats", 2000],
    ]);
    expect((await prisma().scheduledChange.findFirstOrThrow()).status).toBe("APPLIED");
  });

  test("cancel at period end: the run ends the subscription on July 1 and bills no July; cancel now with prorate credits the balance", async () => {
    const first = await subscribedInJune();
    await cancelSubscription(testCtx(), first.subscription.id, { at_period_end: true, prorate: false });
    await first.advance("2026-07-01T00:00:00Z");
    const ended = await prisma().subscription.findUniqueOrThrow({ where: { id: first.subscription.id } });
    expect(ended).toMatchObject({ status: "CANCELED", endedAt: new Date("2026-07-01T00:00:00Z") });
    expect((await invoicesOf(first.subscription.id)).filter((invoice) => invoice.total !== 0).map((invoice) => invoice.total)).toEqual([4000]);

    const second = await subscribedInJune();
    await cancelSubscription(testCtx(), second.subscription.id, { at_period_end: false, prorate: true });
    const [, credit] = await invoicesOf(second.subscription.id);
    expect(credit).toMatchObject({ total: -2000, status: "PAID" });
    const balance = await prisma().customerBalanceTransaction.aggregate({ where: { customerId: second.customer.id }, _sum: { amountMinor: true } });
    expect(balance._sum.amountMinor).toBe(2000n);
  });
});
