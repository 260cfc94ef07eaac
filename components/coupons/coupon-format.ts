import { formatMoney, money } from "@/lib/billing/money";
import type { CouponDto } from "@/lib/schemas/coupon";
import type { BadgeTone } from "@/components/ui/badge";

/** "12.5 % off" or "€5.00 / $6.00 off". */
export function discountLabel(coupon: Pick<CouponDto, "percent_off" | "amounts_off">, locale = "en-US"): string {
  if (coupon.percent_off !== null) return `${coupon.percent_off} % off`;
  const amounts = Object.entries(coupon.amounts_off ?? {}).map(([currency, amount]) => formatMoney(money(amount, currency), locale));
  return `${amounts.join(" / ")} off`;
}

export function durationLabel(coupon: Pick<CouponDto, "duration" | "duration_periods">): string {
  if (coupon.duration === "repeating") return `${coupon.duration_periods} billing period${coupon.duration_periods === 1 ? "" : "s"}`;
  return coupon.duration === "once" ? "Once" : "Forever";
}

export const COUPON_STATUS_TONES: Record<CouponDto["status"], BadgeTone> = { active: "success", expired: "warning", archived: "neutral" };
export const COUPON_STATUS_LABELS: Record<CouponDto["status"], string> = { active: "Active", expired: "Expired", archived: "Archived" };
