// Whole billing cycles in simulated time (test clocks) and the billing run's guarantees: every
// line's exact amount, catch-up after downtime, and each period invoiced exactly once even with
// two workers running at the same time.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import {
  createMonthlyPlan,
  createPercentCoupon,
  createVat,
  customerOnTestClock,
  invoicesOf,
  subscribe,
  subscriptionEvents,
  testCtx,
} from "../../testing/billing-fixtures";
import { createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { advanceTestClock } from "../test-clocks/advance-test-clock";
import { runBilling } from "./run-billing";

beforeEach(resetDb);

const advance = (clockId: string, to: string) => advanceTestClock(testCtx(), clockId, { frozen_time: new Date(to) });
const totals = (invoices: Awaited<ReturnType<typeof invoicesOf>>) => invoices.map((invoice) => [invoice.periodIndex, invoice.total]);

describe("billing cycles on a test clock", () => {
  test("monthly plan with a 14-day trial: a prorated first invoice, trial end, then full renewals", async () => {
    const plan = await createMonthlyPlan();
    const { clock, customer } = await customerOnTestClock("2026-01-10T00:00:00Z");
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, quantities: { seats: "2" }, trial_days: 14 });
    expect(subscription).toMatchObject({ status: "trialing", started_at: "2026-01-10T00:00:00.000Z", trial_end: "2026-01-24T00:00:00.000Z" });

    // The clock must move for the run to see the subscription's opening invoice.
    const first = await advance(clock.id, "2026-01-10T00:00:01Z");
    expect(first.last_run).toMatchObject({ subscriptions: 1, invoices: 1, finalized: 1, failures: [] });
    // Period 0 is 31 days; the 17 days after the trial are billed: 30.00 × 17/31 = 16.45, 20.00 × 17/31 = 10.97.
    expect(await invoicesOf(subscription.id)).toEqual([
      expect.objectContaining({
        number: "INV-2026-00001",
        status: "OPEN",
        reason: "SUBSCRIPTION_CREATE",
        periodIndex: 0,
        total: 2742,
        amountDue: 2742,
        lines: [
          { key: "base", amount: 1645, discount: 0, tax: 0, total: 1645, from: "2026-01-24", to: "2026-02-10" },
          { key: "seats", amount: 1097, discount: 0, tax: 0, total: 1097, from: "2026-01-24", to: "2026-02-10" },
        ],
      }),
    ]);

    await advance(clock.id, "2026-01-25T00:00:00Z");
    expect((await prisma().subscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe("ACTIVE");

    await advance(clock.id, "2026-03-10T00:00:00Z");
    const invoices = await invoicesOf(subscription.id);
    expect(totals(invoices)).toEqual([
      [0, 2742],
      [1, 5000],
      [2, 5000],
    ]);
    expect(invoices.map((invoice) => invoice.number)).toEqual(["INV-2026-00001", "INV-2026-00002", "INV-2026-00003"]);
    expect(invoices[1]!.lines.map((line) => [line.key, line.amount, line.from, line.to])).toEqual([
      ["base", 3000, "2026-02-10", "2026-03-10"],
      ["seats", 2000, "2026-02-10", "2026-03-10"],
    ]);
    expect(await subscriptionEvents(subscription.id)).toEqual([
      "2026-01-10 created → trialing",
      "2026-01-10 invoice_created",
      "2026-01-24 trial_ended → active",
      "2026-02-10 invoice_created",
      "2026-03-10 invoice_created",
    ]);
  });

  test("a subscription started on Jan 31 renews on Feb 28 and Mar 31 (the anchor day comes back)", async () => {
    const plan = await createMonthlyPlan();
    const { clock, customer } = await customerOnTestClock("2027-01-31T00:00:00Z");
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, quantities: { seats: "0" } });
    await advance(clock.id, "2027-04-01T00:00:00Z");
    const invoices = await invoicesOf(subscription.id);
    expect(invoices.map((invoice) => [invoice.issuedAt.slice(0, 10), invoice.total, invoice.lines[0]!.from, invoice.lines[0]!.to])).toEqual([
      ["2027-01-31", 3000, "2027-01-31", "2027-02-28"],
      ["2027-02-28", 3000, "2027-02-28", "2027-03-31"],
      ["2027-03-31", 3000, "2027-03-31", "2027-04-30"],
    ]);
    expect((await prisma().subscription.findUniqueOrThrow({ where: { id: subscription.id } })).nextBillingAt?.toISOString()).toBe("2027-04-30T00:00:00.000Z");
  });

  test("a 20% coupon repeating 3 periods discounts exactly three invoices, with 20% VAT on the discounted amount", async () => {
    await createVat("20", "FR");
    await createPercentCoupon("LAUNCH20", "20", "repeating", 3);
    const plan = await createMonthlyPlan();
    const { clock, customer } = await customerOnTestClock("2026-02-01T00:00:00Z", { billingAddress: { line1: "1 rue de la Paix", city: "Paris", country: "FR" } });
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, quantities: { seats: "0" }, coupon_code: "LAUNCH20" });
    await advance(clock.id, "2026-05-15T00:00:00Z");
    const invoices = await invoicesOf(subscription.id);
    // 30.00 − 6.00 = 24.00, + 4.80 VAT = 28.80; then 30.00 + 6.00 VAT = 36.00.
    expect(invoices.map((invoice) => [invoice.periodIndex, invoice.discount, invoice.tax, invoice.total])).toEqual([
      [0, 600, 480, 2880],
      [1, 600, 480, 2880],
      [2, 600, 480, 2880],
      [3, 0, 600, 3600],
    ]);
    for (const invoice of invoices) expect(invoice.total).toBe(invoice.lines.reduce((sum, line) => sum + line.total, 0));
  });

  test("draft review period: invoices stay drafts until the grace hours pass, then get their number", async () => {
    await prisma().billingSettings.create({ data: { id: "default", draftGraceHours: 24, invoiceNumberFormat: "B-{YY}{MM}-{000}" } });
    const plan = await createMonthlyPlan();
    const { clock, customer } = await customerOnTestClock("2026-06-01T00:00:00Z");
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, quantities: { seats: "0" } });
    await advance(clock.id, "2026-06-01T12:00:00Z");
    expect((await invoicesOf(subscription.id)).map((invoice) => [invoice.status, invoice.number])).toEqual([["DRAFT", null]]);
    await advance(clock.id, "2026-06-02T00:00:00Z");
    const [invoice] = await prisma().invoice.findMany({ where: { subscriptionId: subscription.id } });
    expect([invoice!.status, invoice!.number, invoice!.finalizedAt?.toISOString(), invoice!.dueAt?.toISOString()]).toEqual([
      "OPEN",
      "B-2606-001",
      "2026-06-02T00:00:00.000Z",
      "2026-06-02T00:00:00.000Z",
    ]);
  });

  test("a customer's credit balance is spent on the next invoice", async () => {
    const plan = await createMonthlyPlan();
    const { clock, customer } = await customerOnTestClock("2026-06-01T00:00:00Z", { paymentTermsDays: 30 });
    await prisma().customerBalanceTransaction.create({
      data: { id: "cbt_test", customerId: customer.id, currency: "EUR", amountMinor: 4500n, type: "ADJUSTMENT", createdAt: new Date("2026-05-01T00:00:00Z") },
    });
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, quantities: { seats: "0" } });
    await advance(clock.id, "2026-07-02T00:00:00Z");
    const invoices = await invoicesOf(subscription.id);
    expect(invoices.map((invoice) => [invoice.status, invoice.total, invoice.creditApplied, invoice.amountDue])).toEqual([
      ["PAID", 3000, 3000, 0],
      ["OPEN", 3000, 1500, 1500],
    ]);
    const balance = await prisma().customerBalanceTransaction.aggregate({ where: { customerId: customer.id }, _sum: { amountMinor: true } });
    expect(balance._sum.amountMinor).toBe(0n);
    const open = await prisma().invoice.findUniqueOrThrow({ where: { id: invoices[1]!.id } });
    expect(open.dueAt?.toISOString()).toBe("2026-07-31T00:00:00.000Z"); // net 30 from July 1
  });
});

describe("the billing run in real time", () => {
  const NOW = new Date("2026-05-15T10:00:00Z");

  test("a backdated start is caught up period by period, and a second run adds nothing", async () => {
    const plan = await createMonthlyPlan();
    const customer = await createTestCustomer();
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, quantities: { seats: "1" }, start_date: "2026-01-20T00:00:00Z" }, testCtx(NOW));
    const run = await runBilling(testCtx(NOW), { now: NOW });
    expect(run).toEqual({ subscriptions: 1, invoices: 4, finalized: 4, failures: [] });
    const invoices = await invoicesOf(subscription.id);
    expect(invoices.map((invoice) => [invoice.periodIndex, invoice.issuedAt.slice(0, 10), invoice.total])).toEqual([
      [0, "2026-01-20", 4000],
      [1, "2026-02-20", 4000],
      [2, "2026-03-20", 4000],
      [3, "2026-04-20", 4000],
    ]);
    expect(await runBilling(testCtx(NOW), { now: NOW })).toEqual({ subscriptions: 0, invoices: 0, finalized: 0, failures: [] });
    expect(await prisma().invoice.count()).toBe(4);
  });

  test("subscriptions on a test clock are left to their clock, and real ones to the real run", async () => {
    const plan = await createMonthlyPlan();
    const { customer: simulated } = await customerOnTestClock("2026-01-01T00:00:00Z");
    const onClock = await subscribe({ customer_id: simulated.id, plan_id: plan.id });
    const run = await runBilling(testCtx(NOW), { now: NOW });
    expect(run.invoices).toBe(0);
    expect(await invoicesOf(onClock.id)).toEqual([]);
  });

  test("two workers running at once bill every period exactly once, with gap-free numbers", async () => {
    const plan = await createMonthlyPlan();
    const subscriptionIds: string[] = [];
    for (let n = 0; n < 12; n++) {
      const customer = await createTestCustomer();
      subscriptionIds.push((await subscribe({ customer_id: customer.id, plan_id: plan.id, start_date: `2026-02-${String(n + 1).padStart(2, "0")}T00:00:00Z` }, testCtx(NOW))).id);
    }
    const [a, b] = await Promise.all([runBilling(testCtx(NOW), { now: NOW }), runBilling(testCtx(NOW), { now: NOW })]);
    expect(a.failures).toEqual([]);
    expect(b.failures).toEqual([]);
    // Feb, Mar, Apr, May for each: 48 invoices, shared between the workers however they raced.
    expect(a.invoices + b.invoices).toBe(48);
    const invoices = await prisma().invoice.findMany({ select: { billingKey: true, number: true } });
    expect(invoices).toHaveLength(48);
    expect(new Set(invoices.map((invoice) => invoice.billingKey)).size).toBe(48);
    expect(invoices.map((invoice) => invoice.number).sort()).toEqual(Array.from({ length: 48 }, (_, n) => `INV-2026-${String(n + 1).padStart(5, "0")}`));
    for (const id of subscriptionIds) {
      expect((await invoicesOf(id)).map((invoice) => invoice.periodIndex)).toEqual([0, 1, 2, 3]);
    }
  });

  test("a run that dies mid-way (a failing subscription) commits nothing for it; the next run completes it once", async () => {
    const plan = await createMonthlyPlan();
    const customer = await createTestCustomer();
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, start_date: "2026-03-01T00:00:00Z" }, testCtx(NOW));
    // Break the invoice number format so finalization throws inside the subscription's transaction.
    await prisma().billingSettings.create({ data: { id: "default", invoiceNumberFormat: "NO-SEQUENCE" } });
    const failed = await runBilling(testCtx(NOW), { now: NOW });
    expect(failed.failures).toHaveLength(1);
    expect(await prisma().invoice.count()).toBe(0);
    expect((await prisma().subscription.findUniqueOrThrow({ where: { id: subscription.id } })).nextPeriodIndex).toBe(0);

    await prisma().billingSettings.update({ where: { id: "default" }, data: { invoiceNumberFormat: "INV-{YYYY}-{00000}" } });
    expect(await runBilling(testCtx(NOW), { now: NOW })).toMatchObject({ invoices: 3, failures: [] });
    expect(totals(await invoicesOf(subscription.id))).toEqual([
      [0, 4000],
      [1, 4000],
      [2, 4000],
    ]);
  });
});
