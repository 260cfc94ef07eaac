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
import { Dec, toDec, toScaledBigInt } from "./decimal";

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
