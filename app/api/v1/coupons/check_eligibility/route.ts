import { parseJsonBody } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { checkEligibilitySchema } from "@/lib/schemas/coupon";
import { checkCouponEligibility } from "@/lib/services/coupons/check-coupon-eligibility";

export const POST = withApiKey(async ({ ctx, bodyText }) => checkCouponEligibility(ctx, parseJsonBody(bodyText, checkEligibilitySchema)));
