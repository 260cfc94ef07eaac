// Helpers shared by the coupon use cases (not use cases themselves).
import { findCouponById, findPlanIds, findTakenCodes, lockCodeNamespace, lockCoupon, type CouponRow } from "../../db/coupons";
import { isUniqueViolation } from "../../db/errors";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";

/** Loads and locks a coupon for a change; archived coupons are read-only. */
export async function lockWritableCoupon(db: Db, couponId: string): Promise<CouponRow> {
  const coupon = await lockCoupon(db, couponId);
  if (!coupon) throw notFound("coupon", couponId);
  if (coupon.archivedAt) throw new AppError("invalid_state", "This coupon is archived; archived coupons are read-only.");
  return coupon;
}

export async function getCouponOrThrow(db: Db, couponId: string): Promise<CouponRow> {
  const coupon = await findCouponById(db, couponId);
  if (!coupon) throw notFound("coupon", couponId);
  return coupon;
}

/**
 * Takes the code-namespace lock (held until commit), then refuses a code that a coupon or a
 * discount code already uses: codes are unique across both tables.
 */
export async function reserveCouponCode(db: Db, code: string): Promise<void> {
  await lockCodeNamespace(db);
  if ((await findTakenCodes(db, [code])).size > 0) throw duplicateCode(code);
}

export const duplicateCode = (code: string, cause?: unknown) =>
  new AppError("conflict", `The code '${code}' is already used by a coupon or a discount code.`, { param: "code", cause });

/** A unique violation on insert (a race the lock did not cover) is the same 409. */
export async function withUniqueCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode(code, error);
    throw error;
  }
}

/** Every plan id must exist; the first unknown one is named (`plan_ids[2]`). */
export async function assertPlansExist(db: Db, planIds: readonly string[]): Promise<void> {
  if (planIds.length === 0) return;
  const known = await findPlanIds(db, planIds);
  const index = planIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw new AppError("unprocessable", `No plan with id '${planIds[index]}'.`, { param: `plan_ids.${index}` });
}
