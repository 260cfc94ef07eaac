import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveRequestSchema, couponIdParamsSchema } from "@/lib/schemas/coupon";
import { archiveCoupon } from "@/lib/services/coupons/archive-coupon";

export const POST = withApiKey<{ couponId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveRequestSchema);
  return archiveCoupon(ctx, parseParams(params, couponIdParamsSchema).couponId);
});
