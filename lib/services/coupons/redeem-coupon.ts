import "server-only";
import { findSubscriptionCustomer, insertCouponRedemption, lockCoupon } from "../../db/coupons";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CouponRedemptionDto } from "../../schemas/coupon";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { toCouponRedemptionDto } from "./dto";
import { evaluateEligibility, type RedemptionTarget } from "./eligibility";
import { resolveCode } from "./find-by-code";

export type RedeemCouponArgs = RedemptionTarget & { code: string; subscriptionId?: string };

/**
 * Redeems a code for a customer inside the caller's transaction (subscriptions and checkout call it
 * with theirs). The coupon row is locked first, so concurrent redemptions of one coupon, through any
 * of its codes, are counted one at a time and no limit can be overrun.
 */
export async function redeemCoupon(tx: Db, ctx: Ctx, args: RedeemCouponArgs): Promise<CouponRedemptionDto> {
  assertCanWrite(ctx);
  await lockCoupon(tx, (await resolveCode(tx, args.code)).coupon.id);
  const resolved = await resolveCode(tx, args.code); // re-read under the lock
  const verdict = await evaluateEligibility(tx, ctx.now, resolved, args);
  if (!verdict.eligible) {
    throw new AppError("unprocessable", verdict.message, { param: "code", details: [{ param: "code", message: verdict.message, code: verdict.reason }] });
  }
  if (args.subscriptionId) {
    const subscription = await findSubscriptionCustomer(tx, args.subscriptionId);
    if (!subscription) throw new AppError("not_found", `No subscription with id '${args.subscriptionId}'.`, { param: "subscription_id" });
    if (subscription.customerId !== args.customerId) {
      throw new AppError("unprocessable", "The subscription belongs to another customer.", { param: "subscription_id" });
    }
  }
  const { coupon, discountCode } = resolved;
  const redemption = await insertCouponRedemption(tx, {
    id: createId("couponRedemption", ctx.now.getTime()),
    couponId: coupon.id,
    discountCodeId: discountCode?.id ?? null,
    customerId: args.customerId,
    subscriptionId: args.subscriptionId ?? null,
    redeemedAt: ctx.now,
  });
  await recordAudit(tx, ctx, {
    action: "coupon.redeem",
    resourceType: "coupon",
    resourceId: coupon.id,
    details: { redemption_id: redemption.id, code: discountCode?.code ?? coupon.code, customer_id: args.customerId },
  });
  return toCouponRedemptionDto(redemption);
}
