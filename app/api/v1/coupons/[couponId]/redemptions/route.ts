import { parseJsonBody, parseParams, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { couponIdParamsSchema, listRedemptionsQuerySchema, redeemCouponSchema } from "@/lib/schemas/coupon";
import { listCouponRedemptions } from "@/lib/services/coupons/list-coupon-redemptions";
import { redeemCouponForCustomer } from "@/lib/services/coupons/redeem-coupon-for-customer";

export const GET = withApiKey<{ couponId: string }>(async ({ ctx, params, url }) =>
  listCouponRedemptions(ctx, parseParams(params, couponIdParamsSchema).couponId, parseQuery(url, listRedemptionsQuerySchema)),
);

export const POST = withApiKey<{ couponId: string }>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await redeemCouponForCustomer(ctx, parseParams(params, couponIdParamsSchema).couponId, parseJsonBody(bodyText, redeemCouponSchema)),
}));
