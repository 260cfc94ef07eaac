"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import {
  checkEligibilitySchema,
  couponIdParamsSchema,
  createCouponSchema,
  discountCodeParamsSchema,
  generateDiscountCodesSchema,
  updateCouponSchema,
} from "@/lib/schemas/coupon";
import { archiveCoupon } from "@/lib/services/coupons/archive-coupon";
import { archiveDiscountCode } from "@/lib/services/coupons/archive-discount-code";
import { checkCouponEligibility } from "@/lib/services/coupons/check-coupon-eligibility";
import { createCoupon } from "@/lib/services/coupons/create-coupon";
import { generateDiscountCodes } from "@/lib/services/coupons/generate-discount-codes";
import { updateCoupon } from "@/lib/services/coupons/update-coupon";

const COUPONS_PATH = "/catalog/coupons";

/** Revalidates the list and the coupon's page after a successful write. */
function revalidated<T extends { ok: boolean }>(result: T, couponId?: string): T {
  if (result.ok) {
    revalidatePath(COUPONS_PATH);
    if (couponId) revalidatePath(`${COUPONS_PATH}/${couponId}`);
  }
  return result;
}

export async function createCouponAction(input: unknown) {
  return revalidated(await runAdminAction(createCouponSchema, input, createCoupon));
}

const updateInput = couponIdParamsSchema.extend({ changes: updateCouponSchema });
export async function updateCouponAction(input: { couponId: string; changes: unknown }) {
  return revalidated(await runAdminAction(updateInput, input, (ctx, { couponId, changes }) => updateCoupon(ctx, couponId, changes)), input.couponId);
}

export async function archiveCouponAction(input: { couponId: string }) {
  return revalidated(await runAdminAction(couponIdParamsSchema, input, (ctx, { couponId }) => archiveCoupon(ctx, couponId)), input.couponId);
}

const generateInput = couponIdParamsSchema.extend({ batch: generateDiscountCodesSchema });
export async function generateDiscountCodesAction(input: { couponId: string; batch: unknown }) {
  return revalidated(
    await runAdminAction(generateInput, input, (ctx, { couponId, batch }) => generateDiscountCodes(ctx, couponId, batch)),
    input.couponId,
  );
}

export async function archiveDiscountCodeAction(input: { couponId: string; codeId: string }) {
  return revalidated(
    await runAdminAction(discountCodeParamsSchema, input, (ctx, { couponId, codeId }) => archiveDiscountCode(ctx, couponId, codeId)),
    input.couponId,
  );
}

export async function checkEligibilityAction(input: unknown) {
  return runAdminAction(checkEligibilitySchema, input, checkCouponEligibility);
}
