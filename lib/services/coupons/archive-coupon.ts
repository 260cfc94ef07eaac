import "server-only";
import { updateCoupon } from "../../db/coupons";
import type { CouponDto } from "../../schemas/coupon";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toCouponDto } from "./dto";
import { lockWritableCoupon } from "./shared";

/** Archived coupons (and so all their codes) can no longer be redeemed; past redemptions and discounts stay. */
export async function archiveCoupon(ctx: Ctx, couponId: string): Promise<CouponDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const coupon = await lockWritableCoupon(tx, couponId);
    const archived = await updateCoupon(tx, coupon.id, { archivedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: "coupon.archive", resourceType: "coupon", resourceId: coupon.id, details: { code: coupon.code } });
    return toCouponDto(archived, ctx.now);
  });
}
