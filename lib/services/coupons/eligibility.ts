// Whether a code can be redeemed by a customer now: one set of rules for the eligibility check
// and for redemption (which runs them again under the coupon's row lock).
import { countCouponRedemptions, findPlanIds } from "../../db/coupons";
import { findCustomerById } from "../../db/customers";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import type { IneligibilityReason } from "../../schemas/coupon";
import { couponStatus } from "./dto";
import type { ResolvedCode } from "./find-by-code";

export type RedemptionTarget = { customerId: string; planId?: string; currency?: string };

export type Verdict = { eligible: true } | { eligible: false; reason: IneligibilityReason; message: string };

const no = (reason: IneligibilityReason, message: string): Verdict => ({ eligible: false, reason, message });

/** not_found (naming the field) for an unknown customer or plan; otherwise the first rule the redemption breaks. */
export async function evaluateEligibility(db: Db, now: Date, { coupon, discountCode }: ResolvedCode, target: RedemptionTarget): Promise<Verdict> {
  const customer = await findCustomerById(db, target.customerId);
  if (!customer) throw new AppError("not_found", `No customer with id '${target.customerId}'.`, { param: "customer_id" });
  if (target.planId && (await findPlanIds(db, [target.planId])).size === 0) {
    throw new AppError("not_found", `No plan with id '${target.planId}'.`, { param: "plan_id" });
  }

  const status = couponStatus(coupon, now);
  if (status === "archived") return no("archived", `Coupon ${coupon.code} is archived.`);
  if (discountCode?.archivedAt) return no("archived", `Code ${discountCode.code} is archived.`);
  if (status === "expired") return no("expired", `Coupon ${coupon.code} expired.`);
  if (discountCode?.expiresAt && discountCode.expiresAt <= now) return no("expired", `Code ${discountCode.code} expired.`);
  if (customer.status !== "ACTIVE") return no("customer_inactive", `The customer is ${customer.status.toLowerCase()}.`);

  if (coupon.maxRedemptions !== null && (await countCouponRedemptions(db, { couponId: coupon.id })) >= coupon.maxRedemptions) {
    return no("max_redemptions_reached", `Coupon ${coupon.code} reached its ${coupon.maxRedemptions} redemptions.`);
  }
  if (
    discountCode?.maxRedemptions != null &&
    (await countCouponRedemptions(db, { couponId: coupon.id, discountCodeId: discountCode.id })) >= discountCode.maxRedemptions
  ) {
    return no("code_max_redemptions_reached", `Code ${discountCode.code} was already used ${discountCode.maxRedemptions === 1 ? "" : `${discountCode.maxRedemptions} times`}`.trim() + ".");
  }
  const perCustomer = coupon.maxRedemptionsPerCustomer;
  if (perCustomer !== null && (await countCouponRedemptions(db, { couponId: coupon.id, customerId: customer.id })) >= perCustomer) {
    return no("customer_max_redemptions_reached", `This customer already redeemed coupon ${coupon.code} ${perCustomer === 1 ? "once" : `${perCustomer} times`}.`);
  }

  if (coupon.planIds.length > 0 && !(target.planId && coupon.planIds.includes(target.planId))) {
    return no("plan_not_eligible", target.planId ? `Coupon ${coupon.code} does not apply to this plan.` : `Coupon ${coupon.code} applies to some plans only: give plan_id.`);
  }
  if (coupon.discountType === "FIXED_AMOUNT") {
    const currency = target.currency ?? customer.preferredCurrency;
    if (!currency || !coupon.amounts.some((amount) => amount.currency === currency)) {
      const offered = coupon.amounts.map((amount) => amount.currency).join(", ");
      return no("currency_not_available", currency ? `Coupon ${coupon.code} has no amount in ${currency} (only ${offered}).` : `Coupon ${coupon.code} is in ${offered}: give currency.`);
    }
  }
  return { eligible: true };
}
