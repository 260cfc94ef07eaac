import "server-only";
import { prisma } from "../../db/client";
import { findCustomerById } from "../../db/customers";
import { listCustomerFeatureGrants } from "../../db/entitlements";
import type { Prisma } from "../../db/generated/client";
import { notFound } from "../../errors";
import type { CustomerEntitlementsDto, EntitlementDto } from "../../schemas/entitlement";
import type { Ctx } from "../context";
import { clockNow } from "../billing/clock";
import { decimalText } from "../plans/dto";
import { getCustomerUsageLimitStatus } from "../usage-limits/get-customer-usage-limit-status";

/** Subscriptions that grant their plan's features. */
const GRANTING_STATUSES = ["TRIALING", "ACTIVE", "PAST_DUE"] as const;

type Limit = Prisma.Decimal | null;

/** null (unlimited) beats any number; otherwise the highest limit wins. */
const higher = (a: Limit, b: Limit): Limit => (a === null || b === null ? null : a.greaterThan(b) ? a : b);

/**
 * What a customer may use now: the union of their current plans' features, the highest limit
 * winning; nothing while the customer is disabled, archived or over a `disable` usage limit.
 */
export async function getCustomerEntitlements(ctx: Ctx, customerId: string): Promise<CustomerEntitlementsDto> {
  const db = prisma();
  const customer = await findCustomerById(db, customerId);
  if (!customer) throw notFound("customer", customerId);
  const limits = await getCustomerUsageLimitStatus(db, customer.id, await clockNow(db, customer.testClockId, ctx));
  const base = { object: "customer_entitlements" as const, customer_id: customer.id, usage_limits_reached: limits.reached };
  if (customer.status !== "ACTIVE") return { ...base, customer_disabled: true, disabled_reason: "customer_status", features: [] };
  if (limits.disabled) return { ...base, customer_disabled: true, disabled_reason: "usage_limit", features: [] };

  const byFeature = new Map<string, { feature: { id: string; code: string; name: string; type: "BOOLEAN" | "LIMIT" }; limit: Limit }>();
  for (const grant of await listCustomerFeatureGrants(db, customer.id, [...GRANTING_STATUSES])) {
    const seen = byFeature.get(grant.feature.id);
    byFeature.set(grant.feature.id, { feature: grant.feature, limit: seen ? higher(seen.limit, grant.limit) : grant.limit });
  }
  const features = [...byFeature.values()]
    .sort((a, b) => a.feature.code.localeCompare(b.feature.code))
    .map(({ feature, limit }): EntitlementDto => ({
      feature_id: feature.id,
      code: feature.code,
      name: feature.name,
      type: feature.type === "LIMIT" ? "limit" : "boolean",
      enabled: true,
      limit: feature.type === "LIMIT" && limit !== null ? decimalText(limit) : null,
    }));
  return { ...base, customer_disabled: false, disabled_reason: null, features };
}
