import { parseJsonBody, parseParams, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { couponIdParamsSchema, generateDiscountCodesSchema, listDiscountCodesQuerySchema } from "@/lib/schemas/coupon";
import { generateDiscountCodes } from "@/lib/services/coupons/generate-discount-codes";
import { listDiscountCodes } from "@/lib/services/coupons/list-discount-codes";

export const GET = withApiKey<{ couponId: string }>(async ({ ctx, params, url }) =>
  listDiscountCodes(ctx, parseParams(params, couponIdParamsSchema).couponId, parseQuery(url, listDiscountCodesQuerySchema)),
);

export const POST = withApiKey<{ couponId: string }>(async ({ ctx, params, bodyText }) => ({
  status: 201,
  body: await generateDiscountCodes(ctx, parseParams(params, couponIdParamsSchema).couponId, parseJsonBody(bodyText, generateDiscountCodesSchema)),
}));
