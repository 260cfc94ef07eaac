import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { couponIdParamsSchema, updateCouponSchema } from "@/lib/schemas/coupon";
import { getCoupon } from "@/lib/services/coupons/get-coupon";
import { updateCoupon } from "@/lib/services/coupons/update-coupon";

export const GET = withApiKey<{ couponId: string }>(async ({ ctx, params }) => getCoupon(ctx, parseParams(params, couponIdParamsSchema).couponId));

export const PATCH = withApiKey<{ couponId: string }>(async ({ ctx, params, bodyText }) =>
  updateCoupon(ctx, parseParams(params, couponIdParamsSchema).couponId, parseJsonBody(bodyText, updateCouponSchema)),
);
