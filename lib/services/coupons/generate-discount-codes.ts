import "server-only";
import { findTakenCodes, insertDiscountCodes, lockCodeNamespace } from "../../db/coupons";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { GenerateDiscountCodesInput, GeneratedDiscountCodesDto } from "../../schemas/coupon";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { uniqueCodes } from "./code-generator";
import { couponStatus } from "./dto";
import { lockWritableCoupon } from "./shared";

/** Bulk-generates unique codes for a coupon, all or none (one transaction). */
export async function generateDiscountCodes(ctx: Ctx, couponId: string, input: GenerateDiscountCodesInput): Promise<GeneratedDiscountCodesDto> {
  assertCanWrite(ctx);
  if (input.expires_at && input.expires_at <= ctx.now) {
    throw new AppError("unprocessable", "expires_at must be in the future.", { param: "expires_at" });
  }
  return inTransaction(async (tx) => {
    const coupon = await lockWritableCoupon(tx, couponId);
    if (couponStatus(coupon, ctx.now) === "expired") throw new AppError("invalid_state", "This coupon has expired; its codes could not be redeemed.");
    await lockCodeNamespace(tx);
    const prefix = input.prefix ?? "";
    const codes = await uniqueCodes(input.count, prefix, (candidates) => findTakenCodes(tx, candidates));
    await insertDiscountCodes(
      tx,
      codes.map((code) => ({
        id: createId("discountCode", ctx.now.getTime()),
        couponId: coupon.id,
        code,
        maxRedemptions: input.max_redemptions,
        expiresAt: input.expires_at ?? null,
        createdAt: ctx.now,
      })),
    );
    await recordAudit(tx, ctx, {
      action: "coupon.codes_generate",
      resourceType: "coupon",
      resourceId: coupon.id,
      details: { count: codes.length, prefix: prefix || null, max_redemptions: input.max_redemptions },
    });
    return { object: "discount_code_batch", coupon_id: coupon.id, count: codes.length, codes };
  });
}
