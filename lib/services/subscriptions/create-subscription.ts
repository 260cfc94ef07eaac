import "server-only";
import { periodByIndex } from "../../billing/periods";
import { initialSubscriptionState } from "../../billing/subscription-lifecycle";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { lockCustomer, type CustomerRow } from "../../db/customers";
import type { BillingAlignment, ProrationMode, SubscriptionStatus } from "../../db/generated/enums";
import { insertSubscription, insertSubscriptionEvent } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CreateSubscriptionInput, SubscriptionDto } from "../../schemas/subscription";
import { recordAudit } from "../audit";
import { actorLabel, assertCanWrite, type Ctx } from "../context";
import { clockNow } from "../billing/clock";
import { redeemCoupon } from "../coupons/redeem-coupon";
import { inTransaction } from "../transaction";
import { billingCycleOf, toSubscriptionDto } from "./dto";
import { findSellablePlan, includedCharges, openItems } from "./plan-items";

const DAY_MS = 86_400_000;
const unprocessable = (param: string, message: string) => new AppError("unprocessable", message, { param });

async function lockSubscribableCustomer(tx: Db, customerId: string): Promise<CustomerRow> {
  const customer = await lockCustomer(tx, customerId);
  if (!customer) throw new AppError("not_found", `No customer with id '${customerId}'.`, { param: "customer_id" });
  if (customer.status !== "ACTIVE") {
    throw new AppError("invalid_state", `This customer is ${customer.status.toLowerCase()}; only active customers can subscribe.`, { param: "customer_id" });
  }
  return customer;
}

/** The requested currency, else the customer's effective preferred one if the plan sells in it, else the plan's first. */
function chooseCurrency(requested: string | undefined, customer: CustomerRow, planCurrencies: readonly string[]): string {
  if (requested !== undefined) {
    if (!planCurrencies.includes(requested)) throw unprocessable("currency", `The plan is not sold in ${requested} (it is sold in ${planCurrencies.join(", ")}).`);
    return requested;
  }
  const preferred = effectiveCustomerSettings(customer, customer.group).preferredCurrency;
  return preferred && planCurrencies.includes(preferred) ? preferred : planCurrencies[0]!;
}

function trialEndOf(input: CreateSubscriptionInput, start: Date, versionTrialDays: number): Date | null {
  if (input.trial_end !== undefined) {
    if (input.trial_end <= start) throw unprocessable("trial_end", "trial_end must be after the start of the subscription.");
    return input.trial_end;
  }
  const days = input.trial_days ?? versionTrialDays;
  return days > 0 ? new Date(start.getTime() + days * DAY_MS) : null;
}

/** A coupon refusal keeps its reason but names this request's field. */
async function redeemForSubscription(tx: Db, ctx: Ctx, args: Parameters<typeof redeemCoupon>[2]): Promise<void> {
  try {
    await redeemCoupon(tx, ctx, args);
  } catch (error) {
    if (error instanceof AppError && error.param === "code") {
      throw new AppError(error.code, error.message, { param: "coupon_code", details: error.details?.map((detail) => ({ ...detail, param: "coupon_code" })) });
    }
    throw error;
  }
}

/**
 * Subscribes a customer to a plan's current version in one transaction: the customer is locked,
 * each included charge becomes an item priced for this customer (override or list price, fixed
 * now), the coupon is redeemed, and the "created" event and audit row are written with it.
 */
export async function createSubscription(ctx: Ctx, input: CreateSubscriptionInput): Promise<SubscriptionDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockSubscribableCustomer(tx, input.customer_id);
    const plan = await findSellablePlan(tx, input.plan_id);
    const version = plan.currentVersion;
    const currency = chooseCurrency(input.currency, customer, version.currencies);
    // A customer on a test clock subscribes in simulated time.
    const now = await clockNow(tx, customer.testClockId, ctx);
    const start = input.start_date ?? now;
    const trialEnd = trialEndOf(input, start, version.trialDays);
    const status = initialSubscriptionState({ requiresPayment: false, inTrial: trialEnd !== null && trialEnd > now }).status.toUpperCase() as SubscriptionStatus;
    const id = createId("subscription", now.getTime());
    const alignment = input.billing_alignment.toUpperCase() as BillingAlignment;
    const cycle = billingCycleOf({ planVersion: version, timeZone: input.time_zone, alignment, billingAnchor: start });

    const items = await openItems(tx, { version, charges: includedCharges(version.charges, input), currency, customerId: customer.id, at: start, now });

    const row = await insertSubscription(
      tx,
      {
        id,
        customerId: customer.id,
        planId: plan.id,
        planVersionId: version.id,
        status,
        currency,
        billingAnchor: start,
        alignment,
        timeZone: input.time_zone,
        prorationMode: input.proration_mode.toUpperCase() as ProrationMode,
        startedAt: start,
        trialEnd,
        paymentTermsDays: input.payment_terms_days ?? null,
        nextPeriodIndex: 0,
        nextBillingAt: periodByIndex(cycle, 0).start,
        metadata: input.metadata,
        testClockId: customer.testClockId,
        createdAt: now,
      },
      items,
    );
    await insertSubscriptionEvent(tx, {
      id: createId("subscriptionEvent", now.getTime()),
      subscriptionId: id,
      type: "created",
      fromStatus: null,
      toStatus: status,
      details: { plan_version_id: version.id, currency },
      occurredAt: now,
      actorLabel: actorLabel(ctx.actor),
    });
    if (input.coupon_code !== undefined) {
      await redeemForSubscription(tx, { ...ctx, now }, { code: input.coupon_code, customerId: customer.id, planId: plan.id, currency, subscriptionId: id });
    }
    await recordAudit(tx, ctx, {
      action: "subscription.create",
      resourceType: "subscription",
      resourceId: id,
      details: { customer_id: customer.id, plan_id: plan.id, plan_version_id: version.id, currency },
    });
    return toSubscriptionDto(row);
  });
}

