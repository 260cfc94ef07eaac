/**
 * The charge definition contract of the rating engine, shared with the API (lib/schemas/price-preview.ts).
 * Every decimal is a string ("12.5", at most 12 decimal places, no exponent): prices are in MAJOR units.
 */

/** `upTo` is the inclusive upper bound of units; null marks the open-ended last tier. */
export type Tier = { upTo: string | null; unitPrice: string; flatFee?: string };

export type ChargeModel =
  | { model: "flat"; amount: string }
  | { model: "per_unit"; unitPrice: string }
  | { model: "per_seat"; unitPrice: string } // quantity = seats
  | { model: "graduated"; tiers: Tier[] }
  | { model: "volume"; tiers: Tier[] }
  // Blocks of packageSize units, a started block is charged whole, free units are consumed first.
  | { model: "package"; packageSize: string; packagePrice: string; freeUnits?: string }
  // rate in percent ("2.9"); min/max clamp each transaction's fee (rate part + fixed fee).
  | {
      model: "percentage";
      rate: string;
      fixedFeePerTransaction?: string;
      freeTransactions?: number;
      minPerTransaction?: string;
      maxPerTransaction?: string;
    };

export type ChargeModelName = ChargeModel["model"];

/** minimumSpend / maximumSpend bound the charge for the period, in major units. */
export type ChargeDefinition = ChargeModel & { currency: string; minimumSpend?: string; maximumSpend?: string };

/** `transactions` (major-unit amounts) for the percentage model, `quantity` for all others. */
export type RatingInput = { quantity: string } | { transactions: string[] };

/** `amount` is the exact, unrounded major-unit decimal string of this line. */
export type BreakdownLine = { description: string; quantity: string; unitPrice?: string; amount: string };

/**
 * `exactAmount` is the exact sum of the breakdown lines (major units, unrounded); `amountMinor` is
 * that sum rounded once, half up, to the currency's minor unit.
 */
export type RatedCharge = { currency: string; amountMinor: bigint; exactAmount: string; breakdown: BreakdownLine[] };
