import "server-only";
import { updateCoupon as storeCoupon, type CouponData, type CouponRow } from "../../db/coupons";
import { AppError } from "../../errors";
import { discountProblems, type CouponDto, type UpdateCouponInput } from "../../schemas/coupon";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { mergeMetadata } from "../metadata";
import { inTransaction } from "../transaction";
import { toAmountRows } from "./create-coupon";
import { couponDurationEnum, toCouponDto } from "./dto";
import { assertPlansExist, lockWritableCoupon } from "./shared";

const DISCOUNT_FIELDS = ["percent_off", "amounts_off", "duration", "duration_periods"] as const;

/** The coupon's discount as the create schema spells it, with the PATCH applied. */
function mergedDiscount(coupon: CouponRow, input: UpdateCouponInput) {
  const switchesKind = input.percent_off !== undefined || input.amounts_off !== undefined;
  const current = toCouponDto(coupon, new Date(0));
  return {
    percent_off: switchesKind ? input.percent_off : current.percent_off,
    amounts_off: switchesKind ? input.amounts_off : current.amounts_off,
    duration: input.duration ?? current.duration,
    duration_periods: input.duration_periods !== undefined ? input.duration_periods : current.duration_periods,
  };
}

/**
 * PATCH: only the fields sent change. The discount is part of what was promised to whoever redeemed
 * the coupon, so it is immutable from the first redemption on (409); create a new coupon instead.
 */
export async function updateCoupon(ctx: Ctx, couponId: string, input: UpdateCouponInput): Promise<CouponDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const coupon = await lockWritableCoupon(tx, couponId);
    const redeemed = coupon._count.redemptions;
    const data: Partial<CouponData> & { amounts?: { currency: string; amountMinor: bigint }[] } = {};

    const discountField = DISCOUNT_FIELDS.find((field) => input[field] !== undefined);
    if (discountField) {
      if (redeemed > 0) {
        throw new AppError("invalid_state", `The discount of a redeemed coupon cannot change (${redeemed} redemptions); create a new coupon instead.`, {
          param: discountField,
        });
      }
      const discount = mergedDiscount(coupon, input);
      const problem = discountProblems(discount)[0];
      if (problem) throw new AppError("unprocessable", problem.message, { param: problem.param });
      data.discountType = discount.percent_off ? "PERCENT" : "FIXED_AMOUNT";
      data.percentOff = discount.percent_off ?? null;
      data.amounts = discount.amounts_off ? toAmountRows(discount.amounts_off) : [];
      data.duration = couponDurationEnum(discount.duration);
      data.durationPeriods = discount.duration_periods ?? null;
    }
    if (input.max_redemptions !== undefined) {
      if (input.max_redemptions !== null && input.max_redemptions < redeemed) {
        throw new AppError("unprocessable", `max_redemptions cannot be below the ${redeemed} redemptions so far.`, { param: "max_redemptions" });
      }
      data.maxRedemptions = input.max_redemptions;
    }
    if (input.expires_at !== undefined) {
      if (input.expires_at !== null && input.expires_at <= ctx.now) {
        throw new AppError("unprocessable", "expires_at must be in the future.", { param: "expires_at" });
      }
      data.expiresAt = input.expires_at;
    }
    if (input.plan_ids !== undefined) {
      await assertPlansExist(tx, input.plan_ids);
      data.planIds = input.plan_ids;
    }
    if (input.name !== undefined) data.name = input.name;
    if (input.max_redemptions_per_customer !== undefined) data.maxRedemptionsPerCustomer = input.max_redemptions_per_customer;
    if (input.metadata !== undefined) data.metadata = mergeMetadata(coupon.metadata, input.metadata);

    const updated = await storeCoupon(tx, coupon.id, { ...data, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: "coupon.update",
      resourceType: "coupon",
      resourceId: coupon.id,
      details: { fields: Object.keys(input).sort() },
    });
    return toCouponDto(updated, ctx.now);
  });
}
