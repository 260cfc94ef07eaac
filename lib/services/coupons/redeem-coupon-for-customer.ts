import "server-only";
import { AppError } from "../../errors";
import type { CouponRedemptionDto, RedeemCouponInput } from "../../schemas/coupon";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { resolveCode } from "./find-by-code";
import { redeemCoupon } from "./redeem-coupon";
import { getCouponOrThrow } from "./shared";

/** POST /coupons/{id}/redemptions: redeems the coupon's own code, or one of its discount codes. */
export async function redeemCouponForCustomer(ctx: Ctx, couponId: string, input: RedeemCouponInput): Promise<CouponRedemptionDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const coupon = await getCouponOrThrow(tx, couponId);
    const code = input.code ?? coupon.code;
    if ((await resolveCode(tx, code)).coupon.id !== coupon.id) {
      throw new AppError("unprocessable", `'${code.toUpperCase()}' is not a code of coupon ${coupon.code}.`, { param: "code" });
    }
    return redeemCoupon(tx, ctx, {
      code,
      customerId: input.customer_id,
      planId: input.plan_id,
      currency: input.currency,
      subscriptionId: input.subscription_id,
    });
  });
}
