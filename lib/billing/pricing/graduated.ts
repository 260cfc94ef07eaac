import { formatFixed, UNIT_DIGITS } from "./fixed-point";
import type { ModelRater } from "./rater";
import { compileTiers } from "./tiers";
import type { ChargeModel } from "./types";

/** Each unit is priced in the tier it falls in; a tier's flat fee is due once any unit reaches it. */
export function compileGraduated(def: Extract<ChargeModel, { model: "graduated" }>): ModelRater {
  const tiers = compileTiers(def.tiers);
  return {
    input: "quantity",
    rate(quantity, breakdown) {
      for (const tier of tiers) {
        if (quantity <= tier.from) break;
        const units = (tier.upTo === null || quantity < tier.upTo ? quantity : tier.upTo) - tier.from;
        breakdown.add(tier.description, formatFixed(units, UNIT_DIGITS), tier.unitPriceText, units * tier.unitPrice);
        if (tier.flatFee !== null) breakdown.addFixed(tier.flatFee);
      }
    },
  };
}
