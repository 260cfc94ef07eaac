import "server-only";
import { archiveDiscountCode as storeArchived, findDiscountCode } from "../../db/coupons";
import { AppError, notFound } from "../../errors";
import type { DiscountCodeDto } from "../../schemas/coupon";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toDiscountCodeDto } from "./dto";
import { lockWritableCoupon } from "./shared";

export async function archiveDiscountCode(ctx: Ctx, couponId: string, codeId: string): Promise<DiscountCodeDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const coupon = await lockWritableCoupon(tx, couponId);
    const code = await findDiscountCode(tx, coupon.id, codeId);
    if (!code) throw notFound("discount code", codeId);
    if (code.archivedAt) throw new AppError("invalid_state", "This discount code is already archived.");
    const archived = await storeArchived(tx, code.id, ctx.now);
    await recordAudit(tx, ctx, {
      action: "coupon.code_archive",
      resourceType: "coupon",
      resourceId: coupon.id,
      details: { code_id: code.id, code: code.code },
    });
    return toDiscountCodeDto(archived);
  });
}
