import "server-only";
import { findChargePriceCandidates, findCustomerGroupOf } from "../../db/price-overrides";
import type { Db } from "../../db/types";
import type { StoredProperties } from "../pricing/charge-properties";

export type ResolvedChargePrice = {
  /** Which price won: the customer's override, its group's, or the plan's list price. */
  source: "customer" | "customer_group" | "plan";
  overrideId: string | null;
  properties: StoredProperties;
};

/**
 * The price a customer pays for a charge in a currency: their own override, else their group's,
 * else the list price. Null when the charge has no price in that currency.
 */
export async function resolveChargePrice(db: Db, { chargeId, currency, customerId }: { chargeId: string; currency: string; customerId?: string | null }): Promise<ResolvedChargePrice | null> {
  const groupId = customerId ? ((await findCustomerGroupOf(db, customerId))?.groupId ?? null) : null;
  const { listPrice, overrides } = await findChargePriceCandidates(db, { chargeId, currency, customerId: customerId ?? null, groupId });
  const own = overrides.find((override) => override.customerId !== null && override.customerId === customerId);
  if (own) return { source: "customer", overrideId: own.id, properties: own.properties as StoredProperties };
  const group = overrides.find((override) => override.customerGroupId !== null && override.customerGroupId === groupId);
  if (group) return { source: "customer_group", overrideId: group.id, properties: group.properties as StoredProperties };
  return listPrice ? { source: "plan", overrideId: null, properties: listPrice.properties as StoredProperties } : null;
}
