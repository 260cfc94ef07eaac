// Plan rows → API DTOs, and the API's lower-case enums ↔ the database's upper-case ones.
import type { PlanRow, PlanVersionRow } from "../../db/plans";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import type { PlanChargeDto, PlanDto, PlanVersionDto } from "../../schemas/plan";
import { toMetadataDto } from "../metadata";
import { toPropertiesDto } from "../pricing/charge-properties";

export const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
export const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

/** Prisma decimals in plain notation ("0.0000001", never "1e-7"), trailing zeros dropped. */
export const decimalText = (value: { toFixed(): string }) => {
  const text = value.toFixed();
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
};

export function toPlanChargeDto(charge: PlanVersionRow["charges"][number]): PlanChargeDto {
  return {
    id: charge.id,
    key: charge.key,
    name: charge.name,
    kind: lower(charge.kind),
    model: lower(charge.model),
    add_on: charge.addOn,
    trigger: charge.trigger ? lower(charge.trigger) : null,
    meter_id: charge.meterId,
    unit_id: charge.unitId,
    default_quantity: decimalText(charge.defaultQuantity),
    prices: Object.fromEntries(charge.prices.map((price) => [price.currency, toPropertiesDto(price.properties)])),
  };
}

export function toPlanVersionDto(version: PlanVersionRow): PlanVersionDto {
  return {
    object: "plan_version",
    id: version.id,
    plan_id: version.planId,
    version: version.version,
    billing_interval: lower(version.billingInterval),
    interval_count: version.intervalCount,
    billing_timing: lower(version.billingTiming),
    trial_days: version.trialDays,
    currencies: version.currencies,
    charges: version.charges.map(toPlanChargeDto),
    features: version.features.map((grant) => ({ feature_id: grant.featureId, limit: grant.limit === null ? null : decimalText(grant.limit) })),
    subscription_count: version._count.subscriptions,
    created_at: isoDate(version.createdAt),
  };
}

export function toPlanDto(plan: PlanRow): PlanDto {
  if (!plan.currentVersion) throw new Error(`Plan ${plan.id} has no current version.`);
  return {
    object: "plan",
    id: plan.id,
    code: plan.code,
    name: plan.name,
    description: plan.description,
    product_id: plan.productId,
    status: lower(plan.status),
    checkout_enabled: plan.checkoutEnabled,
    metadata: toMetadataDto(plan.metadata),
    current_version: toPlanVersionDto(plan.currentVersion),
    archived_at: isoDateOrNull(plan.archivedAt),
    created_at: isoDate(plan.createdAt),
    updated_at: isoDate(plan.updatedAt),
  };
}
