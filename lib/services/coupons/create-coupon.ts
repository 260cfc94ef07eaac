import "server-only";
import { insertCoupon } from "../../db/coupons";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CouponDto, CreateCouponInput } from "../../schemas/coupon";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { couponDurationEnum, toCouponDto } from "./dto";
import { assertPlansExist, reserveCouponCode, withUniqueCode } from "./shared";

export const toAmountRows = (amounts: Record<string, number>) =>
  Object.entries(amounts).map(([currency, amount]) => ({ currency, amountMinor: BigInt(amount) }));

export async function createCoupon(ctx: Ctx, input: CreateCouponInput): Promise<CouponDto> {
  assertCanWrite(ctx);
  if (input.expires_at && input.expires_at <= ctx.now) {
    throw new AppError("unprocessable", "expires_at must be in the future.", { param: "expires_at" });
  }
  return inTransaction(async (tx) => {
    await reserveCouponCode(tx, input.code);
    await assertPlansExist(tx, input.plan_ids);
    const coupon = await withUniqueCode(input.code, () =>
      insertCoupon(tx, {
        id: createId("coupon"),
        code: input.code,
        name: input.name,
        discountType: input.percent_off !== undefined ? "PERCENT" : "FIXED_AMOUNT",
        percentOff: input.percent_off ?? null,
        amounts: input.amounts_off ? toAmountRows(input.amounts_off) : [],
        duration: couponDurationEnum(input.duration),
        durationPeriods: input.duration_periods ?? null,
        maxRedemptions: input.max_redemptions ?? null,
        maxRedemptionsPerCustomer: input.max_redemptions_per_customer ?? null,
        expiresAt: input.expires_at ?? null,
        planIds: input.plan_ids,
        metadata: input.metadata,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await recordAudit(tx, ctx, {
      action: "coupon.create",
      resourceType: "coupon",
      resourceId: coupon.id,
      details: { code: coupon.code, name: coupon.name },
    });
    return toCouponDto(coupon, ctx.now);
  });
}
