import { AMOUNT_DIGITS } from "./fixed-point";
import { fixedLine, parseValidated, type ModelRater } from "./rater";
import type { ChargeModel } from "./types";

/** A fixed amount per period, whatever the quantity. */
export function compileFlat(def: Extract<ChargeModel, { model: "flat" }>): ModelRater {
  const fee = fixedLine("Flat fee", parseValidated(def.amount, AMOUNT_DIGITS));
  return { input: "quantity", rate: (_quantity, breakdown) => breakdown.addFixed(fee) };
}
