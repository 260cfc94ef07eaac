import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createCouponSchema, listCouponsQuerySchema } from "@/lib/schemas/coupon";
import { createCoupon } from "@/lib/services/coupons/create-coupon";
import { listCoupons } from "@/lib/services/coupons/list-coupons";

export const GET = withApiKey(async ({ ctx, url }) => listCoupons(ctx, parseQuery(url, listCouponsQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createCoupon(ctx, parseJsonBody(bodyText, createCouponSchema)) }));
