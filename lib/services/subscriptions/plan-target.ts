// Where a plan or quantity change leads: a plan version with its included charges and quantities,
// validated against the subscription (same currency, same billing interval) before anything moves.
import "server-only";
import type { PlanVersionRow } from "../../db/plans";
import type { SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { decimalText } from "../plans/dto";
import { findSellablePlan, includedCharges, takesQuantity, type IncludedCharge } from "./plan-items";
import { openItemsOf } from "./lifecycle";

export type PlanTarget = { planId: string; version: PlanVersionRow; currency: string; charges: IncludedCharge[] };

/** The stored shape of a PLAN_CHANGE scheduled change (ScheduledChange.details). */
export type PlanChangeDetails = { plan_id: string; plan_version_id: string; currency: string; quantities: Record<string, string>; add_ons: string[] };

const unprocessable = (param: string, message: string) => new AppError("unprocessable", message, { param });

/** The current quantity of each open item, by key: what a change keeps unless told otherwise. */
export const currentQuantities = (subscription: SubscriptionRow) => Object.fromEntries(openItemsOf(subscription).map((item) => [item.key, decimalText(item.quantity)]));

/**
 * The charges a plan change opens: recurring and usage charges of `version` (one-time charges such as
 * a setup fee are billed when subscribing, not again on a change), with the given add-ons and
 * quantities, else the current add-ons the version also offers and the current quantities.
 */
export function planTarget(
  subscription: SubscriptionRow,
  planId: string,
  version: PlanVersionRow,
  choice: { add_ons?: readonly string[]; quantities: Record<string, string> },
): PlanTarget {
  if (!version.currencies.includes(subscription.currency)) {
    throw unprocessable("plan_id", `The plan is not sold in ${subscription.currency}, the subscription's currency (it is sold in ${version.currencies.join(", ")}).`);
  }
  if (version.billingInterval !== subscription.planVersion.billingInterval || version.intervalCount !== subscription.planVersion.intervalCount) {
    throw unprocessable("plan_id", "The plan bills on another interval; a subscription keeps its billing cycle (subscribe anew to change it).");
  }
  const charges = version.charges.filter((charge) => charge.kind !== "ONE_TIME");
  const openKeys = new Set(openItemsOf(subscription).map((item) => item.key));
  const addOns = choice.add_ons ?? charges.filter((charge) => charge.addOn && openKeys.has(charge.key)).map((charge) => charge.key);
  return { planId, version, currency: subscription.currency, charges: includedCharges(charges, { add_ons: addOns, quantities: choice.quantities }, currentQuantities(subscription)) };
}

/** The target of a change to another plan (its current version), refused when it is the same version. */
export async function targetPlan(tx: Db, subscription: SubscriptionRow, input: { plan_id: string; add_ons?: string[]; quantities: Record<string, string> }): Promise<PlanTarget> {
  const plan = await findSellablePlan(tx, input.plan_id);
  if (plan.currentVersion.id === subscription.planVersionId) {
    throw unprocessable("plan_id", "The subscription is already on this plan's current version; change its quantities or add-ons instead.");
  }
  return planTarget(subscription, plan.id, plan.currentVersion, input);
}

export function toPlanChangeDetails(target: PlanTarget): PlanChangeDetails {
  return {
    plan_id: target.planId,
    plan_version_id: target.version.id,
    currency: target.currency,
    quantities: Object.fromEntries(target.charges.filter(({ charge }) => takesQuantity(charge)).map(({ charge, quantity }) => [charge.key, quantity])),
    add_ons: target.charges.filter(({ charge }) => charge.addOn).map(({ charge }) => charge.key),
  };
}
