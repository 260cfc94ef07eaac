import { AMOUNT_DIGITS, formatFixed, PERCENT_DIGITS } from "./fixed-point";
import { parseOptional, parseValidated, type ModelRater } from "./rater";
import type { ChargeModel } from "./types";

/**
 * Each transaction costs amount × rate/100 + fixed fee, clamped to [min, max]; the first
 * freeTransactions transactions (in the order given) cost nothing. Fees are summed exactly.
 */
export function compilePercentage(def: Extract<ChargeModel, { model: "percentage" }>): ModelRater {
  // Percent × 10^PERCENT_DIGITS is the fraction × 10^PRICE_DIGITS, so amount × rate lands on the amount scale.
  const rate = parseValidated(def.rate, PERCENT_DIGITS);
  const fixedFee = parseOptional(def.fixedFeePerTransaction, AMOUNT_DIGITS) ?? 0n;
  const min = parseOptional(def.minPerTransaction, AMOUNT_DIGITS);
  const max = parseOptional(def.maxPerTransaction, AMOUNT_DIGITS);
  const freeTransactions = def.freeTransactions ?? 0;
  const description = `Transaction fees (${feeText(def)})`;
  return {
    input: "transactions",
    rate(amounts, breakdown) {
      const free = Math.min(freeTransactions, amounts.length);
      if (free > 0) breakdown.add("Free transactions", String(free), "0", 0n);
      if (amounts.length === free) return;
      let fees = 0n;
      for (let index = free; index < amounts.length; index++) {
        let fee = (amounts[index] as bigint) * rate + fixedFee;
        if (min !== null && fee < min) fee = min;
        if (max !== null && fee > max) fee = max;
        fees += fee;
      }
      breakdown.add(description, String(amounts.length - free), undefined, fees);
    },
  };
}

function feeText(def: Extract<ChargeModel, { model: "percentage" }>): string {
  const normalized = (value: string) => formatFixed(parseValidated(value, AMOUNT_DIGITS), AMOUNT_DIGITS);
  const fixed = def.fixedFeePerTransaction === undefined ? "" : ` + ${normalized(def.fixedFeePerTransaction)}`;
  const min = def.minPerTransaction === undefined ? "" : `, min ${normalized(def.minPerTransaction)}`;
  const max = def.maxPerTransaction === undefined ? "" : `, max ${normalized(def.maxPerTransaction)}`;
  return `${normalized(def.rate)}%${fixed} per transaction${min}${max}`;
}
