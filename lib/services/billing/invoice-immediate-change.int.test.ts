// The proration invoice of a change inside an already-invoiced period. The change itself (closing
// and opening items) is done by the subscription services; here it is done by hand so the money
// side is tested alone.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { createId } from "../../ids";
import { createMonthlyPlan, createPercentCoupon, customerOnTestClock, invoicesOf, subscribe, testCtx } from "../../testing/billing-fixtures";
import { resetDb } from "../../testing/reset-db";
import { advanceTestClock } from "../test-clocks/advance-test-clock";
import { inTransaction } from "../transaction";
import { invoiceImmediateChange } from "./invoice-immediate-change";

beforeEach(resetDb);

const AT = new Date("2026-06-16T00:00:00Z"); // half of June (30 days) is left

/** Seats 1 → `quantity` at AT: the seat item closes and a new one opens with the same price. */
async function changeSeats(subscriptionId: string, quantity: string, prorate = true) {
  return inTransaction(async (tx) => {
    const seat = await tx.subscriptionItem.findFirstOrThrow({ where: { subscriptionId, key: "seats", activeUntil: null } });
    await tx.subscriptionItem.update({ where: { id: seat.id }, data: { activeUntil: AT } });
    const opened = await tx.subscriptionItem.create({
      data: { ...seat, id: createId("subscriptionItem"), quantity, activeFrom: AT, activeUntil: null, createdAt: AT, properties: seat.properties as object },
    });
    return invoiceImmediateChange(tx, testCtx(), { subscriptionId, closedItemIds: [seat.id], openedItemIds: [opened.id], at: AT, prorate });
  });
}

async function subscribedInJune(couponCode?: string) {
  const plan = await createMonthlyPlan();
  const { clock, customer } = await customerOnTestClock("2026-06-01T00:00:00Z");
  const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, ...(couponCode ? { coupon_code: couponCode } : {}) });
  await advanceTestClock(testCtx(), clock.id, { frozen_time: new Date("2026-06-16T00:00:00Z") });
  return { subscription, customer, clock };
}

describe("invoiceImmediateChange", () => {
  test("an upgrade credits the unused half of the old seat and charges the new quantity for the rest of the period", async () => {
    const { subscription, clock } = await subscribedInJune();
    const invoiceId = await changeSeats(subscription.id, "3");
    expect(invoiceId).not.toBeNull();
    const [, change] = await invoicesOf(subscription.id);
    expect(change).toMatchObject({ reason: "SUBSCRIPTION_UPDATE", status: "OPEN", periodIndex: 0, total: 1000, amountDue: 1000 });
    expect(change!.lines.map((line) => [line.key, line.amount, line.from, line.to])).toEqual([
      ["seats", -500, "2026-06-16", "2026-07-01"],
      ["seats", 1500, "2026-06-16", "2026-07-01"],
    ]);
    // July bills the new quantity only.
    await advanceTestClock(testCtx(), clock.id, { frozen_time: new Date("2026-07-01T00:00:00Z") });
    const july = (await invoicesOf(subscription.id))[2]!;
    expect(july.lines.map((line) => [line.key, line.amount])).toEqual([
      ["base", 3000],
      ["seats", 3000],
    ]);
  });

  test("a downgrade's net credit goes to the customer's balance and pays the next invoice", async () => {
    const { subscription, customer, clock } = await subscribedInJune();
    await changeSeats(subscription.id, "0");
    const [, change] = await invoicesOf(subscription.id);
    expect(change).toMatchObject({ status: "PAID", total: -500, creditApplied: -500, amountDue: 0 });
    const balance = await prisma().customerBalanceTransaction.aggregate({ where: { customerId: customer.id }, _sum: { amountMinor: true } });
    expect(balance._sum.amountMinor).toBe(500n);
    await advanceTestClock(testCtx(), clock.id, { frozen_time: new Date("2026-07-01T00:00:00Z") });
    expect((await invoicesOf(subscription.id))[2]).toMatchObject({ total: 3000, creditApplied: 500, amountDue: 2500 });
  });

  test("a percent coupon discounts the credit like it discounted the charge (the customer gets back what was paid)", async () => {
    await createPercentCoupon("HALF", "50", "forever");
    const { subscription } = await subscribedInJune("HALF");
    await changeSeats(subscription.id, "3");
    const [june, change] = await invoicesOf(subscription.id);
    expect(june!.total).toBe(2000); // (30 + 10) × 50%
    expect(change!.lines.map((line) => [line.amount, line.discount, line.total])).toEqual([
      [-250, 0, -250],
      [1500, 750, 750],
    ]);
    expect(change!.total).toBe(500);
  });

  test("without proration, or in a period not invoiced yet, there is no invoice", async () => {
    const { subscription } = await subscribedInJune();
    expect(await changeSeats(subscription.id, "3", false)).toBeNull();
    expect(await invoicesOf(subscription.id)).toHaveLength(1);
  });
});
