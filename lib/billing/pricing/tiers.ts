import { AMOUNT_DIGITS, formatFixed, PRICE_DIGITS, UNIT_DIGITS } from "./fixed-point";
import { fixedLine, parseOptional, parseValidated, type FixedLine } from "./rater";
import type { Tier } from "./types";

/** A validated tier, parsed: it covers the units in (from, upTo]; upTo null = no upper bound. */
export type CompiledTier = {
  readonly from: bigint;
  readonly upTo: bigint | null;
  readonly unitPrice: bigint;
  readonly unitPriceText: string;
  readonly description: string;
  /** The tier's flat fee as a ready line, or null when it has none (or it is 0). */
  readonly flatFee: FixedLine | null;
};

export function compileTiers(tiers: readonly Tier[]): CompiledTier[] {
  let from = 0n;
  return tiers.map((tier, index) => {
    const upTo = tier.upTo === null ? null : parseValidated(tier.upTo, UNIT_DIGITS);
    const unitPrice = parseValidated(tier.unitPrice, PRICE_DIGITS);
    const flatFee = parseOptional(tier.flatFee, AMOUNT_DIGITS) ?? 0n;
    const description = `Tier ${index + 1} (${rangeText(from, upTo)})`;
    const compiled: CompiledTier = {
      from,
      upTo,
      unitPrice,
      unitPriceText: formatFixed(unitPrice, PRICE_DIGITS),
      description,
      flatFee: flatFee === 0n ? null : fixedLine(`${description} flat fee`, flatFee),
    };
    from = upTo ?? from;
    return compiled;
  });
}

/** The tier a quantity falls in: the first whose upper bound is not below it. */
export function tierOf(tiers: readonly CompiledTier[], quantity: bigint): CompiledTier {
  // Validation guarantees an open-ended last tier, so a tier is always found.
  return tiers.find(({ upTo }) => upTo === null || quantity <= upTo) as CompiledTier;
}

function rangeText(from: bigint, upTo: bigint | null): string {
  const lower = from === 0n ? "" : `above ${formatFixed(from, UNIT_DIGITS)}`;
  const upper = upTo === null ? "" : `up to ${formatFixed(upTo, UNIT_DIGITS)}`;
  return [lower, upper].filter(Boolean).join(" ") || "all units";
}
