import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { couponCodeParamsSchema } from "@/lib/schemas/coupon";
import { getCouponByCode } from "@/lib/services/coupons/get-coupon-by-code";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getCouponByCode(ctx, parseParams(params, couponCodeParamsSchema).code));
