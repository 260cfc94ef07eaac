import { AMOUNT_DIGITS, formatFixed, UNIT_DIGITS } from "./fixed-point";
import { parseOptional, parseValidated, type ModelRater } from "./rater";
import type { ChargeModel } from "./types";

/** Free units are used first; the rest is billed in blocks of packageSize, a started block in full. */
export function compilePackage(def: Extract<ChargeModel, { model: "package" }>): ModelRater {
  const size = parseValidated(def.packageSize, UNIT_DIGITS);
  const price = parseValidated(def.packagePrice, AMOUNT_DIGITS);
  const freeUnits = parseOptional(def.freeUnits, UNIT_DIGITS) ?? 0n;
  const blockDescription = `Packages of ${formatFixed(size, UNIT_DIGITS)} units`;
  const priceText = formatFixed(price, AMOUNT_DIGITS);
  return {
    input: "quantity",
    rate(quantity, breakdown) {
      if (freeUnits > 0n && quantity > 0n) {
        breakdown.add("Free units", formatFixed(quantity < freeUnits ? quantity : freeUnits, UNIT_DIGITS), "0", 0n);
      }
      const billable = quantity > freeUnits ? quantity - freeUnits : 0n;
      // Both are × 10^UNIT_DIGITS, so the quotient is the plain number of blocks (ceiling division).
      const blocks = (billable + size - 1n) / size;
      if (blocks > 0n) breakdown.add(blockDescription, blocks.toString(), priceText, blocks * price);
    },
  };
}
