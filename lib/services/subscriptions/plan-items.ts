// From a plan version's charges to subscription items: which charges a subscription bills, with
// what quantity, and at what price. Creating a subscription, changing its plan (now or at period
// end) and adding an add-on all open items through here, so an item is priced the same way
// whichever door opened it.
import "server-only";
import type { BillingTiming } from "../../db/generated/enums";
import type { PlanChargeRow, PlanRow, PlanVersionRow } from "../../db/plans";
import { findPlanForSubscribing, type SubscriptionItemData } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import { decimalText } from "../plans/dto";
import type { StoredProperties } from "../pricing/charge-properties";
import { resolveChargePrice } from "../price-overrides/resolve-charge-price";

const unprocessable = (param: string, message: string) => new AppError("unprocessable", message, { param });

/** A plan that can be subscribed to (active, with a current version), read under a share lock. */
export async function findSellablePlan(tx: Db, planId: string): Promise<PlanRow & { currentVersion: NonNullable<PlanRow["currentVersion"]> }> {
  const plan = await findPlanForSubscribing(tx, planId);
  if (!plan) throw new AppError("not_found", `No plan with id '${planId}'.`, { param: "plan_id" });
  if (plan.status !== "ACTIVE" || !plan.currentVersion) {
    throw new AppError("invalid_state", `This plan is ${plan.status.toLowerCase()}; only active plans can be subscribed to.`, { param: "plan_id" });
  }
  return { ...plan, currentVersion: plan.currentVersion };
}

/** Only recurring per-unit and per-seat charges take a quantity (a flat fee is one fee). */
export const takesQuantity = (charge: Pick<PlanChargeRow, "kind" | "model">) => charge.kind === "RECURRING" && (charge.model === "PER_UNIT" || charge.model === "PER_SEAT");

/** The same rule on an item: its kind and the model of the price it was opened with. */
export const itemTakesQuantity = (item: { kind: PlanChargeRow["kind"]; properties: unknown }) =>
  takesQuantity({ kind: item.kind, model: (item.properties as StoredProperties).model.toUpperCase() as PlanChargeRow["model"] });

export type IncludedCharge = { charge: PlanChargeRow; quantity: string };

/**
 * The charges a subscription bills (every charge but add-ons, plus the add-ons listed), each with
 * its quantity: the one given, else `defaultQuantities` (e.g. the current one on a plan change),
 * else the charge's default. Unknown keys are refused naming `add_ons[i]` or `quantities.<key>`.
 */
export function includedCharges(
  charges: readonly PlanChargeRow[],
  choice: { add_ons: readonly string[]; quantities: Record<string, string> },
  defaultQuantities: Record<string, string> = {},
): IncludedCharge[] {
  const byKey = new Map(charges.map((charge) => [charge.key, charge]));
  choice.add_ons.forEach((key, index) => {
    const charge = byKey.get(key);
    if (!charge) throw unprocessable(`add_ons[${index}]`, `The plan has no charge '${key}'.`);
    if (!charge.addOn) throw unprocessable(`add_ons[${index}]`, `The charge '${key}' is not an add-on; it is always included.`);
  });
  const included = charges.filter((charge) => !charge.addOn || choice.add_ons.includes(charge.key));
  for (const key of Object.keys(choice.quantities)) {
    const charge = included.find((candidate) => candidate.key === key);
    if (!charge || !takesQuantity(charge)) {
      throw unprocessable(`quantities.${key}`, `'${key}' is not an included recurring per-unit or per-seat charge of the plan; only those take a quantity.`);
    }
  }
  return included.map((charge) => ({
    charge,
    quantity: choice.quantities[charge.key] ?? (takesQuantity(charge) ? defaultQuantities[charge.key] : undefined) ?? decimalText(charge.defaultQuantity),
  }));
}

export function itemTiming(charge: Pick<PlanChargeRow, "kind">, version: Pick<PlanVersionRow, "billingTiming">): BillingTiming {
  if (charge.kind === "USAGE") return "IN_ARREARS";
  if (charge.kind === "ONE_TIME") return "IN_ADVANCE";
  return version.billingTiming;
}

/**
 * New items opening at `at`, each priced for this customer (their override, their group's, else
 * the list price) and keeping that price for its whole life. `keptPrices` (by charge id) carries a
 * price already fixed for the subscriber instead, e.g. when only a quantity changes.
 */
export async function openItems(
  tx: Db,
  args: {
    version: Pick<PlanVersionRow, "billingTiming">;
    charges: readonly IncludedCharge[];
    currency: string;
    customerId: string;
    at: Date;
    now: Date;
    keptPrices?: ReadonlyMap<string, StoredProperties>;
  },
): Promise<SubscriptionItemData[]> {
  const items: SubscriptionItemData[] = [];
  for (const { charge, quantity } of args.charges) {
    const properties = args.keptPrices?.get(charge.id) ?? (await resolveChargePrice(tx, { chargeId: charge.id, currency: args.currency, customerId: args.customerId }))?.properties;
    if (!properties) throw new Error(`Charge ${charge.id} has no price in ${args.currency}, a currency of its plan version.`);
    items.push({
      id: createId("subscriptionItem", args.now.getTime()),
      chargeId: charge.id,
      key: charge.key,
      description: charge.name,
      kind: charge.kind,
      timing: itemTiming(charge, args.version),
      quantity,
      properties,
      activeFrom: args.at,
    });
  }
  return items;
}
