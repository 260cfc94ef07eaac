import { formatFixed, UNIT_DIGITS } from "./fixed-point";
import type { ModelRater } from "./rater";
import { compileTiers, tierOf } from "./tiers";
import type { ChargeModel } from "./types";

/** Every unit is priced at the tier the total quantity falls in, plus that tier's flat fee; 0 units cost 0. */
export function compileVolume(def: Extract<ChargeModel, { model: "volume" }>): ModelRater {
  const tiers = compileTiers(def.tiers);
  return {
    input: "quantity",
    rate(quantity, breakdown) {
      if (quantity === 0n) return;
      const tier = tierOf(tiers, quantity);
      breakdown.add(tier.description, formatFixed(quantity, UNIT_DIGITS), tier.unitPriceText, quantity * tier.unitPrice);
      if (tier.flatFee !== null) breakdown.addFixed(tier.flatFee);
    },
  };
}
