import { assertCurrency, type CurrencyCode } from "../currency";
import { AMOUNT_DIGITS } from "./fixed-point";
import { compileFlat } from "./flat";
import { compileGraduated } from "./graduated";
import { compilePackage } from "./package";
import { compilePercentage } from "./percentage";
import { compilePerUnit } from "./per-unit";
import { parseOptional, type ModelRater } from "./rater";
import type { SpendLimits } from "./spend-limits";
import type { ChargeDefinition, ChargeModel } from "./types";
import { assertValidCharge } from "./validate-charge";
import { compileVolume } from "./volume";

/** A validated charge with every decimal parsed, ready to be rated many times by `rateCompiled`. */
export type CompiledCharge = {
  readonly currency: CurrencyCode;
  readonly rater: ModelRater;
  readonly spendLimits: SpendLimits;
};

/** Validates once (BillingError "invalid_charge") and parses every decimal once. */
export function compileCharge(def: ChargeDefinition): CompiledCharge {
  assertValidCharge(def);
  return Object.freeze({
    currency: assertCurrency(def.currency),
    rater: compileModel(def),
    spendLimits: { minimum: parseOptional(def.minimumSpend, AMOUNT_DIGITS), maximum: parseOptional(def.maximumSpend, AMOUNT_DIGITS) },
  });
}

function compileModel(def: ChargeModel): ModelRater {
  switch (def.model) {
    case "flat":
      return compileFlat(def);
    case "per_unit":
    case "per_seat":
      return compilePerUnit(def);
    case "graduated":
      return compileGraduated(def);
    case "volume":
      return compileVolume(def);
    case "package":
      return compilePackage(def);
    case "percentage":
      return compilePercentage(def);
  }
}
