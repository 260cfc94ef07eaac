import { formatFixed, PRICE_DIGITS, UNIT_DIGITS } from "./fixed-point";
import { parseValidated, type ModelRater } from "./rater";
import type { ChargeModel } from "./types";

/** quantity × unitPrice; per_seat is the same model with seats as the quantity. */
export function compilePerUnit(def: Extract<ChargeModel, { model: "per_unit" | "per_seat" }>): ModelRater {
  const unitPrice = parseValidated(def.unitPrice, PRICE_DIGITS);
  const unitPriceText = formatFixed(unitPrice, PRICE_DIGITS);
  const description = def.model === "per_seat" ? "Seats" : "Units";
  return {
    input: "quantity",
    rate: (quantity, breakdown) => breakdown.add(description, formatFixed(quantity, UNIT_DIGITS), unitPriceText, quantity * unitPrice),
  };
}
