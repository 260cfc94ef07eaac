// The quantity a charge includes before it bills anything ("10,000 calls included"): what a usage
// limit's percentage threshold is a percentage of.
import { Dec } from "../decimal";
import type { ChargeModel, Tier } from "./types";

const isFree = (tier: Tier) => new Dec(tier.unitPrice).isZero() && new Dec(tier.flatFee ?? "0").isZero();

/**
 * Package free units, or the upper bound of the leading free tiers of graduated and volume
 * pricing (for volume too, usage within them costs nothing). Null when the charge includes
 * nothing, or is free without end (an open-ended free tier: there is no quota to reach).
 */
export function includedQuantity(model: ChargeModel): string | null {
  switch (model.model) {
    case "package":
      return model.freeUnits !== undefined && new Dec(model.freeUnits).greaterThan(0) ? new Dec(model.freeUnits).toFixed() : null;
    case "graduated":
    case "volume": {
      let included: string | null = null;
      for (const tier of model.tiers) {
        if (!isFree(tier)) break;
        if (tier.upTo === null) return null;
        included = new Dec(tier.upTo).toFixed();
      }
      return included;
    }
    default:
      return null;
  }
}
