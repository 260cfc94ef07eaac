import "server-only";
import { rateCharge } from "../../billing/pricing/rate-charge";
import type { RatingInput } from "../../billing/pricing/types";
import { prisma } from "../../db/client";
import { findCustomerById } from "../../db/customers";
import { findPlanById, type PlanChargeRow } from "../../db/plans";
import { AppError, formatParam } from "../../errors";
import type { CreatePlanPricePreviewInput, PlanPricePreviewDto } from "../../schemas/price-preview";
import type { Ctx } from "../context";
import { decimalText, lower } from "../plans/dto";
import { resolveChargePrice } from "../price-overrides/resolve-charge-price";
import { engineParam, rethrowBillingError, toBreakdownDto, toChargeDefinition } from "./charge-properties";

type ChargeEntry = PlanPricePreviewDto["charges"][number];

/** What a charge is rated on: the caller's quantity or transactions, else its default (usage: none yet). */
function ratingInput(charge: PlanChargeRow, input: CreatePlanPricePreviewInput): { rating: RatingInput; given: boolean } {
  const quantity = input.quantities?.[charge.key];
  const transactions = input.transactions?.[charge.key];
  if (charge.model === "PERCENTAGE") {
    if (quantity !== undefined) throw new AppError("invalid_request", `Charge '${charge.key}' uses the percentage model: send transactions, not a quantity.`, { param: `quantities.${charge.key}` });
    return { rating: { transactions: transactions ?? [] }, given: transactions !== undefined };
  }
  if (transactions !== undefined) throw new AppError("invalid_request", `Only percentage charges take transactions; send a quantity for '${charge.key}'.`, { param: `transactions.${charge.key}` });
  return { rating: { quantity: quantity ?? (charge.kind === "USAGE" ? "0" : decimalText(charge.defaultQuantity)) }, given: quantity !== undefined };
}

/** Prices every charge of a plan's current version in one currency, with the customer's overrides when given. */
export async function previewPlanPrice(_ctx: Ctx, input: CreatePlanPricePreviewInput): Promise<PlanPricePreviewDto> {
  const db = prisma();
  const plan = await findPlanById(db, input.plan_id);
  const version = plan?.currentVersion;
  if (!plan || !version) throw new AppError("unprocessable", `No plan with id '${input.plan_id}'.`, { param: "plan_id" });
  if (!version.currencies.includes(input.currency)) {
    throw new AppError("unprocessable", `${input.currency} is not one of the plan's currencies (${version.currencies.join(", ")}).`, { param: "currency" });
  }
  if (input.customer_id && !(await findCustomerById(db, input.customer_id))) {
    throw new AppError("unprocessable", `No customer with id '${input.customer_id}'.`, { param: "customer_id" });
  }
  const keys = new Set(version.charges.map((charge) => charge.key));
  for (const field of ["quantities", "transactions"] as const) {
    const unknown = Object.keys(input[field] ?? {}).find((key) => !keys.has(key));
    if (unknown !== undefined) throw new AppError("unprocessable", `The plan has no charge with key '${unknown}'.`, { param: `${field}.${unknown}` });
  }

  const charges: ChargeEntry[] = [];
  for (const charge of version.charges) {
    const price = await resolveChargePrice(db, { chargeId: charge.id, currency: input.currency, customerId: input.customer_id });
    if (!price) throw new Error(`Charge ${charge.id} has no price in ${input.currency}.`);
    const { rating, given } = ratingInput(charge, input);
    let rated;
    try {
      rated = rateCharge(toChargeDefinition(price.properties, input.currency), rating);
    } catch (error) {
      rethrowBillingError(error, (path) => {
        const field = "quantity" in rating ? ["quantities", charge.key] : ["transactions", charge.key];
        return /^(quantity|transactions)\b/.test(path) ? formatParam([...field, ...path.split(".").slice(1).map(Number)]) : engineParam(["plan", charge.key], path);
      });
    }
    charges.push({
      key: charge.key,
      name: charge.name,
      kind: lower(charge.kind),
      model: lower(charge.model),
      add_on: charge.addOn,
      included: !charge.addOn || given,
      price_source: price.source,
      quantity: "quantity" in rating ? rating.quantity : null,
      amount: Number(rated.amountMinor),
      amount_decimal: rated.exactAmount,
      breakdown: toBreakdownDto(rated),
    });
  }
  return {
    object: "plan_price_preview",
    plan_id: plan.id,
    plan_version: version.version,
    currency: input.currency,
    customer_id: input.customer_id ?? null,
    amount: charges.reduce((total, entry) => (entry.included ? total + entry.amount : total), 0),
    charges,
  };
}
