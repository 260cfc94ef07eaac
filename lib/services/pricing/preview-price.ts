import "server-only";
import { BillingError } from "../../billing/errors";
import { rateCharge } from "../../billing/pricing/rate-charge";
import type { ChargeDefinition, RatingInput } from "../../billing/pricing/types";
import { AppError } from "../../errors";
import type { ChargeDefinitionInput, CreatePricePreviewInput, PricePreviewDto } from "../../schemas/price-preview";
import type { Ctx } from "../context";

const snakeCase = (path: string) => path.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** API (snake_case) → engine (camelCase) charge definition. */
function toChargeDefinition(charge: ChargeDefinitionInput): ChargeDefinition {
  const spend = { currency: charge.currency, minimumSpend: charge.minimum_spend, maximumSpend: charge.maximum_spend };
  switch (charge.model) {
    case "flat":
      return { model: "flat", amount: charge.amount, ...spend };
    case "per_unit":
    case "per_seat":
      return { model: charge.model, unitPrice: charge.unit_price, ...spend };
    case "graduated":
    case "volume":
      return {
        model: charge.model,
        tiers: charge.tiers.map((tier) => ({ upTo: tier.up_to, unitPrice: tier.unit_price, flatFee: tier.flat_fee })),
        ...spend,
      };
    case "package":
      return { model: "package", packageSize: charge.package_size, packagePrice: charge.package_price, freeUnits: charge.free_units, ...spend };
    case "percentage":
      return {
        model: "percentage",
        rate: charge.rate,
        fixedFeePerTransaction: charge.fixed_fee_per_transaction,
        freeTransactions: charge.free_transactions,
        minPerTransaction: charge.min_per_transaction,
        maxPerTransaction: charge.max_per_transaction,
        ...spend,
      };
  }
}

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

/** Prices an inline charge definition for a quantity or a list of transactions; nothing is stored. */
export async function previewPrice(_ctx: Ctx, input: CreatePricePreviewInput): Promise<PricePreviewDto> {
  try {
    const rated = rateCharge(toChargeDefinition(input.charge), ratingInput(input));
    return {
      object: "price_preview",
      currency: rated.currency,
      amount: Number(rated.amountMinor),
      amount_decimal: rated.exactAmount,
      breakdown: rated.breakdown.map((line) => ({ description: line.description, quantity: line.quantity, unit_price: line.unitPrice ?? null, amount: line.amount })),
    };
  } catch (error) {
    if (!(error instanceof BillingError)) throw error;
    const issues = (error.details?.issues as { path: string; message: string }[] | undefined) ?? [];
    const details = issues.map((issue) => ({ param: apiParam(issue.path), message: issue.message }));
    throw new AppError("unprocessable", error.message, { param: details[0]?.param, details });
  }
}

/** Engine paths ("tiers.1.upTo", "quantity") → request params ("charge.tiers.1.up_to", "quantity"). */
function apiParam(path: string): string {
  const snake = snakeCase(path);
  return /^(quantity|transactions)\b/.test(snake) ? snake : `charge.${snake}`;
}
