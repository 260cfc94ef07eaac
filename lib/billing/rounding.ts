/**
 * The one rounding policy of Billow: ROUND_HALF_UP, i.e. half away from zero.
 *
 *   1.005 USD → 101 cents    2.675 EUR → 268    0.5 JPY → 1    -0.005 USD → -1 cent
 *
 * Why: it is what customers and accountants compute by hand, and what Stripe and Kill Bill
 * (BigDecimal HALF_UP) do, so our invoices reconcile with theirs to the cent. Banker's rounding
 * (half even) only pays off when many rounded values are summed; we round once per invoice line
 * and split amounts with `allocate`, so no bias accumulates. Negative amounts round symmetrically,
 * so a credit note is the exact mirror of its invoice.
 */
import { currencyExponent } from "./currency";
import { Dec, powerOfTen, toDec, toScaledBigInt } from "./decimal";
import { BillingError } from "./errors";

const ROUNDING = Dec.ROUND_HALF_UP;

function roundAt(value: Dec, decimalPlaces: number): bigint {
  return toScaledBigInt(value.toDecimalPlaces(decimalPlaces, ROUNDING), decimalPlaces);
}

/** Major-unit decimal ("12.345" EUR) → integer minor units (1235n). */
export function roundToMinor(amount: Dec | string, currency: string): bigint {
  return roundAt(toDec(amount), currencyExponent(currency));
}

/** A value already in minor units (e.g. 1234.5 cents from a rate) → integer minor units. */
export function roundMinor(minor: Dec): bigint {
  return roundAt(toDec(minor), 0);
}

/**
 * A fixed-point bigint (`scaled` × 10^-scale major units, as the rating engine computes exactly)
 * → integer minor units, by the same half-up rule as `roundToMinor`, without a decimal round trip.
 */
export function roundScaledToMinor(scaled: bigint, scale: number, currency: string): bigint {
  const dropped = scale - currencyExponent(currency);
  return dropped <= 0 ? scaled * powerOfTen(-dropped) : roundQuotientMinor(scaled, powerOfTen(dropped));
}

/**
 * An exact quotient of minor units (numerator / denominator, as tax-inclusive prices produce:
 * 100 × 20 / 120 cents) → integer minor units, half away from zero, with no decimal expansion, so
 * an exact half is recognised as one however long the expansion of the quotient would be.
 */
export function roundQuotientMinor(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) {
    throw new BillingError("invalid_amount", `The denominator must be positive: ${denominator}`, { denominator: denominator.toString() });
  }
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return numerator < 0n ? -rounded : rounded;
}
