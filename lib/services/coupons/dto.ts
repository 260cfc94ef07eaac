// Coupon rows → API DTOs, and → the pure engine's Coupon (lib/billing/discounts.ts).
import type { Coupon } from "../../billing/discounts";
import { money, moneyToJson } from "../../billing/money";
import type { CouponRedemptionRow, CouponRow, DiscountCodeRow } from "../../db/coupons";
import type { CouponDuration } from "../../db/generated/enums";
import { AppError } from "../../errors";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import { normalizeDecimal, type CouponDto, type CouponRedemptionDto, type DiscountCodeDto } from "../../schemas/coupon";
import { toMetadataDto } from "../metadata";

export const couponDurationEnum = (duration: CouponDto["duration"]) => duration.toUpperCase() as CouponDuration;

export function couponStatus(coupon: Pick<CouponRow, "archivedAt" | "expiresAt">, now: Date): CouponDto["status"] {
  if (coupon.archivedAt) return "archived";
  if (coupon.expiresAt && coupon.expiresAt <= now) return "expired";
  return "active";
}

/** Minor units per currency; null for percent coupons. */
function amountsOff(coupon: CouponRow): Record<string, number> | null {
  if (coupon.discountType !== "FIXED_AMOUNT") return null;
  return Object.fromEntries(coupon.amounts.map((amount) => [amount.currency, moneyToJson(money(amount.amountMinor, amount.currency)).amount]));
}

export function toCouponDto(coupon: CouponRow, now: Date): CouponDto {
  return {
    object: "coupon",
    id: coupon.id,
    code: coupon.code,
    name: coupon.name,
    percent_off: coupon.percentOff === null ? null : normalizeDecimal(coupon.percentOff.toFixed()),
    amounts_off: amountsOff(coupon),
    duration: coupon.duration.toLowerCase() as CouponDto["duration"],
    duration_periods: coupon.durationPeriods,
    max_redemptions: coupon.maxRedemptions,
    max_redemptions_per_customer: coupon.maxRedemptionsPerCustomer,
    times_redeemed: coupon._count.redemptions,
    expires_at: isoDateOrNull(coupon.expiresAt),
    plan_ids: coupon.planIds,
    metadata: toMetadataDto(coupon.metadata),
    status: couponStatus(coupon, now),
    archived_at: isoDateOrNull(coupon.archivedAt),
    created_at: isoDate(coupon.createdAt),
    updated_at: isoDate(coupon.updatedAt),
  };
}

export function toDiscountCodeDto(code: DiscountCodeRow): DiscountCodeDto {
  return {
    object: "discount_code",
    id: code.id,
    coupon_id: code.couponId,
    code: code.code,
    max_redemptions: code.maxRedemptions,
    times_redeemed: code._count.redemptions,
    expires_at: isoDateOrNull(code.expiresAt),
    archived_at: isoDateOrNull(code.archivedAt),
    created_at: isoDate(code.createdAt),
  };
}

export function toCouponRedemptionDto(redemption: CouponRedemptionRow): CouponRedemptionDto {
  return {
    object: "coupon_redemption",
    id: redemption.id,
    coupon_id: redemption.couponId,
    discount_code_id: redemption.discountCodeId,
    code: redemption.discountCode?.code ?? redemption.coupon.code,
    customer_id: redemption.customerId,
    customer_name: redemption.customer.name,
    subscription_id: redemption.subscriptionId,
    redeemed_at: isoDate(redemption.redeemedAt),
  };
}

/**
 * The engine's Coupon for an invoice in `currency`. The engine's fixed coupon has one currency, so an
 * amount coupon maps to its amount in that currency; without one it cannot discount the invoice.
 * Plan restrictions are enforced at redemption, so the coupon applies to the whole invoice.
 */
export function toEngineCoupon(coupon: CouponRow, currency: string): Coupon {
  const duration = coupon.duration.toLowerCase() as Coupon["duration"];
  const timing = duration === "repeating" ? { duration, durationPeriods: coupon.durationPeriods ?? undefined } : { duration };
  if (coupon.discountType === "PERCENT") {
    return { id: coupon.id, ...timing, kind: "percent", percent: normalizeDecimal(coupon.percentOff!.toFixed()) };
  }
  const amount = coupon.amounts.find((candidate) => candidate.currency === currency);
  if (!amount) {
    throw new AppError("unprocessable", `Coupon ${coupon.code} has no amount in ${currency}.`, { param: "currency" });
  }
  return { id: coupon.id, ...timing, kind: "fixed", amountMinor: amount.amountMinor, currency };
}
