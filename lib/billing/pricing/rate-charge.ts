/**
 * Rating: a charge definition and the period's usage → the amount due.
 *
 * All arithmetic is exact (fixed-point bigint, see fixed-point.ts). The breakdown lines carry exact,
 * UNROUNDED major-unit amounts; the charge is rounded ONCE, half up (rounding.ts), to the currency's
 * minor unit, after the period minimum / maximum spend has been applied.
 */
import { roundScaledToMinor } from "../rounding";
import { compileCharge, type CompiledCharge } from "./compile-charge";
import { AMOUNT_DIGITS, formatFixed } from "./fixed-point";
import { Breakdown } from "./rater";
import { readQuantity, readTransactions } from "./rating-input";
import { applySpendLimits } from "./spend-limits";
import type { ChargeDefinition, RatedCharge, RatingInput } from "./types";

/** Rates a compiled charge; throws BillingError("invalid_rating_input") for a bad quantity or transaction. */
export function rateCompiled(compiled: CompiledCharge, input: RatingInput): RatedCharge {
  const { rater, currency, spendLimits } = compiled;
  const breakdown = new Breakdown();
  if (rater.input === "quantity") rater.rate(readQuantity(input), breakdown);
  else rater.rate(readTransactions(input), breakdown);
  applySpendLimits(breakdown, spendLimits);
  return {
    currency,
    amountMinor: roundScaledToMinor(breakdown.total, AMOUNT_DIGITS, currency),
    exactAmount: formatFixed(breakdown.total, AMOUNT_DIGITS),
    breakdown: breakdown.lines,
  };
}

/** compileCharge + rateCompiled; compile once instead when rating one charge many times. */
export function rateCharge(def: ChargeDefinition, input: RatingInput): RatedCharge {
  return rateCompiled(compileCharge(def), input);
}
