// Resolves a code a customer typed: the coupon's own code or one of its discount codes.
import { findCouponByCode, findCouponById, findDiscountCodeByCode, type CouponRow, type DiscountCodeRow } from "../../db/coupons";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";

export type ResolvedCode = { coupon: CouponRow; discountCode: DiscountCodeRow | null };

/** Case-insensitive (codes are stored upper case); not_found naming `code` otherwise. */
export async function resolveCode(db: Db, rawCode: string): Promise<ResolvedCode> {
  const code = rawCode.trim().toUpperCase();
  const coupon = await findCouponByCode(db, code);
  if (coupon) return { coupon, discountCode: null };
  const discountCode = await findDiscountCodeByCode(db, code);
  const owner = discountCode && (await findCouponById(db, discountCode.couponId));
  if (!discountCode || !owner) throw new AppError("not_found", `No coupon or discount code '${code}'.`, { param: "code" });
  return { coupon: owner, discountCode };
}
