import "server-only";
import { rateCharge } from "../../billing/pricing/rate-charge";
import type { RatingInput } from "../../billing/pricing/types";
import { AppError } from "../../errors";
import type { CreatePricePreviewInput, PricePreviewDto } from "../../schemas/price-preview";
import type { Ctx } from "../context";
import { engineParam, rethrowBillingError, toBreakdownDto, toChargeDefinition, toStoredProperties } from "./charge-properties";

function ratingInput(input: CreatePricePreviewInput): RatingInput {
  if (input.charge.model === "percentage") {
    if (input.quantity !== undefined) throw new AppError("invalid_request", "The percentage model prices `transactions`, not a quantity.", { param: "quantity" });
    return { transactions: input.transactions ?? [] };
  }
  if (input.transactions !== undefined) {
    throw new AppError("invalid_request", "Only the percentage model takes `transactions`; send a `quantity`.", { param: "transactions" });
  }
  return { quantity: input.quantity ?? "1" };
}

/** Engine paths ("tiers.1.upTo", "quantity") → request params ("charge.tiers[1].up_to", "quantity"). */
const apiParam = (path: string) => (/^(quantity|transactions)\b/.test(path) ? engineParam([], path) : engineParam(["charge"], path));

/** Prices an inline charge definition for a quantity or a list of transactions; nothing is stored. */
export async function previewPrice(_ctx: Ctx, input: CreatePricePreviewInput): Promise<PricePreviewDto> {
  const { model, currency, ...properties } = input.charge;
  try {
    const rated = rateCharge(toChargeDefinition(toStoredProperties(model, properties), currency), ratingInput(input));
    return { object: "price_preview", currency: rated.currency, amount: Number(rated.amountMinor), amount_decimal: rated.exactAmount, breakdown: toBreakdownDto(rated) };
  } catch (error) {
    rethrowBillingError(error, apiParam);
  }
}
