// Plans the subscription integration tests subscribe to (tests only).
import { prisma } from "../../db/client";
import { createTestMeterRow } from "../../testing/factories";
import { createPlan } from "../plans/create-plan";
import { setPlanStatus } from "../plans/set-plan-status";
import { systemCtx } from "../context";

const API_CALLS_METER = "mtr_api_calls";

type Options = { activate?: boolean; base?: string; seat?: string; currencies?: string[]; interval?: "month" | "year" };

/**
 * Monthly by default: base flat fee (29.00 EUR / 32.00 USD), seats per seat (12.00 / 13.00, 3 by
 * default), an optional support add-on (50.00 / 55.00) and metered API calls (0.01 a call).
 */
export async function seedPlan({ activate = true, base = "29", seat = "12", currencies = ["EUR", "USD"], interval = "month" }: Options = {}) {
  const ctx = systemCtx("test");
  if (!(await prisma().meter.findUnique({ where: { id: API_CALLS_METER } }))) await createTestMeterRow({ id: API_CALLS_METER, code: "api-calls" });
  const priced = (eur: string, usd: string, field: "amount" | "unit_price") =>
    Object.fromEntries(currencies.map((currency) => [currency, { [field]: currency === "USD" ? usd : eur }]));
  const plan = await createPlan(ctx, {
    code: `pro-${Math.random()}`,
    name: "Pro",
    checkout_enabled: false,
    metadata: {},
    billing_interval: interval,
    interval_count: 1,
    billing_timing: "in_advance",
    trial_days: 0,
    currencies,
    features: [],
    charges: [
      { key: "base", name: "Pro plan", kind: "recurring", model: "flat", add_on: false, prices: priced(base, "32", "amount") },
      { key: "seats", name: "Seats", kind: "recurring", model: "per_seat", add_on: false, default_quantity: "3", prices: priced(seat, "13", "unit_price") },
      { key: "support", name: "Priority support", kind: "recurring", model: "flat", add_on: true, prices: priced("50", "55", "amount") },
      { key: "api_calls", name: "API calls", kind: "usage", model: "per_unit", add_on: false, meter_id: API_CALLS_METER, prices: priced("0.01", "0.01", "unit_price") },
    ],
  } as never);
  if (activate) await setPlanStatus(ctx, plan.id, "activate");
  const chargeId = (key: string) => plan.current_version.charges.find((charge) => charge.key === key)!.id;
  return { planId: plan.id, versionId: plan.current_version.id, chargeId };
}
