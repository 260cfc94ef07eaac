import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveRequestSchema, discountCodeParamsSchema } from "@/lib/schemas/coupon";
import { archiveDiscountCode } from "@/lib/services/coupons/archive-discount-code";

export const POST = withApiKey<{ couponId: string; codeId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveRequestSchema);
  const { couponId, codeId } = parseParams(params, discountCodeParamsSchema);
  return archiveDiscountCode(ctx, couponId, codeId);
});
