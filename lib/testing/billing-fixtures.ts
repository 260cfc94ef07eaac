// Fixtures for billing tests: a monthly plan, a customer on a test clock, and reading back the
// invoices a subscription produced (amounts in minor units, lines in order).
import { prisma } from "../db/client";
import { createCouponSchema } from "../schemas/coupon";
import { createPlanSchema } from "../schemas/plan";
import { createSubscriptionSchema } from "../schemas/subscription";
import { createTaxRateSchema } from "../schemas/tax-rate";
import { systemCtx, type Ctx } from "../services/context";
import { createCoupon } from "../services/coupons/create-coupon";
import { createPlan } from "../services/plans/create-plan";
import { setPlanStatus } from "../services/plans/set-plan-status";
import { createSubscription } from "../services/subscriptions/create-subscription";
import { createTaxRate } from "../services/tax-rates/create-tax-rate";
import { attachCustomerToTestClock } from "../services/test-clocks/attach-customer";
import { createTestClock } from "../services/test-clocks/create-test-clock";
import { createTestCustomer } from "./factories";

export const testCtx = (now = new Date()): Ctx => systemCtx("test", now);

let planSeq = 0;

/** An active monthly plan billed in advance: `base` flat (default 30.00 EUR) and `seats` per seat (default 10.00, quantity 1). */
export async function createMonthlyPlan({ base = "30", seat = "10", interval = "month", code }: { base?: string; seat?: string; interval?: "month" | "year"; code?: string } = {}) {
  const plan = await createPlan(
    testCtx(),
    createPlanSchema.parse({
      code: code ?? `monthly-${++planSeq}-${Date.now()}`,
      name: `Plan ${base}`,
      billing_interval: interval,
      currencies: ["EUR"],
      charges: [
        { key: "base", name: "Subscription", kind: "recurring", model: "flat", prices: { EUR: { amount: base } } },
        { key: "seats", name: "Seats", kind: "recurring", model: "per_seat", default_quantity: "1", prices: { EUR: { unit_price: seat } } },
      ],
    }),
  );
  await setPlanStatus(testCtx(), plan.id, "activate");
  return plan;
}

/** A customer attached to a new test clock frozen at `frozenTime`. */
export async function customerOnTestClock(frozenTime: string, overrides: Parameters<typeof createTestCustomer>[0] = {}) {
  const clock = await createTestClock(testCtx(), { name: "Scenario", frozen_time: new Date(frozenTime) });
  const customer = await createTestCustomer(overrides);
  await attachCustomerToTestClock(testCtx(), clock.id, customer.id);
  return { clock, customer };
}

export async function subscribe(input: Record<string, unknown>, ctx = testCtx()) {
  return createSubscription(ctx, createSubscriptionSchema.parse(input));
}

export async function createPercentCoupon(code: string, percent: string, duration: "once" | "repeating" | "forever", durationPeriods?: number) {
  return createCoupon(
    testCtx(),
    createCouponSchema.parse({ code, name: `${percent}% off`, percent_off: percent, duration, ...(durationPeriods ? { duration_periods: durationPeriods } : {}) }),
  );
}

export async function createVat(percentage = "20", country = "FR") {
  return createTaxRate(testCtx(), createTaxRateSchema.parse({ code: `${country}-${percentage}`, name: "VAT", percentage, country, applies_by_default: true }));
}

/** The subscription's invoices oldest first, as plain values to compare. */
export async function invoicesOf(subscriptionId: string) {
  const rows = await prisma().invoice.findMany({
    where: { subscriptionId },
    orderBy: [{ issuedAt: "asc" }, { id: "asc" }],
    include: { lines: { orderBy: { position: "asc" } } },
  });
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    status: row.status,
    reason: row.reason,
    periodIndex: row.periodIndex,
    issuedAt: row.issuedAt.toISOString(),
    total: Number(row.totalMinor),
    amountDue: Number(row.amountDueMinor),
    creditApplied: Number(row.creditAppliedMinor),
    tax: Number(row.taxMinor),
    discount: Number(row.discountMinor),
    lines: row.lines.map((line) => ({
      key: line.key,
      amount: Number(line.amountMinor),
      discount: Number(line.discountMinor),
      tax: Number(line.taxMinor),
      total: Number(line.totalMinor),
      from: line.periodStart?.toISOString().slice(0, 10) ?? null,
      to: line.periodEnd?.toISOString().slice(0, 10) ?? null,
    })),
  }));
}

export async function subscriptionEvents(subscriptionId: string) {
  const rows = await prisma().subscriptionEvent.findMany({ where: { subscriptionId }, orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => `${row.occurredAt.toISOString().slice(0, 10)} ${row.type}${row.toStatus ? ` → ${row.toStatus.toLowerCase()}` : ""}`);
}
