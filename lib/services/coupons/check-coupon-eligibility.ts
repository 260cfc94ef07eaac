import "server-only";
import { prisma } from "../../db/client";
import type { CheckEligibilityInput, EligibilityDto } from "../../schemas/coupon";
import type { Ctx } from "../context";
import { toCouponDto } from "./dto";
import { evaluateEligibility } from "./eligibility";
import { resolveCode } from "./find-by-code";

/** Would redeeming `code` for this customer succeed now? Redeems nothing (redemption re-checks under a lock). */
export async function checkCouponEligibility(ctx: Ctx, input: CheckEligibilityInput): Promise<EligibilityDto> {
  const resolved = await resolveCode(prisma(), input.code);
  const verdict = await evaluateEligibility(prisma(), ctx.now, resolved, { customerId: input.customer_id, planId: input.plan_id, currency: input.currency });
  const coupon = toCouponDto(resolved.coupon, ctx.now);
  return verdict.eligible
    ? { object: "coupon_eligibility", eligible: true, coupon }
    : { object: "coupon_eligibility", eligible: false, reason: verdict.reason, message: verdict.message, coupon };
}
