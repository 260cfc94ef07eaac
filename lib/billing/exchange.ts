/**
 * Currency conversion by exchange rate, exact to the last digit.
 *
 * A rate says 1 unit of `base` = `rate` units of `quote` (major units). Converting a minor-unit
 * amount also bridges the two currencies' exponents (JPY 0, EUR 2, KWD 3), so
 *
 *   to_minor = from_minor × rate × 10^(exp(to) − exp(from))
 *
 * is computed as one exact integer quotient and rounded once, half away from zero (rounding.ts).
 * Converting against a rate stored the other way round (quote → base) divides by it, exactly too.
 */
import { currencyExponent } from "./currency";
import { DECIMAL_STRING, parseDecimalString, powerOfTen, toScaledBigInt } from "./decimal";
import { BillingError } from "./errors";
import { roundQuotientMinor } from "./rounding";

export const EXCHANGE_RATE_MAX_SCALE = 12;

/** An exchange rate as stored: from `effectiveFrom` until the next rate of the same pair. */
export type ExchangeRateQuote = { baseCurrency: string; quoteCurrency: string; rate: string; effectiveFrom: Date };

/** The rate a conversion used; `inverted` when it was stored as to → from and divided by. */
export type AppliedRate<R extends ExchangeRateQuote = ExchangeRateQuote> = { quote: R; inverted: boolean };

/** A positive decimal string with at most 12 decimal places, as an exact integer over 10^scale. */
function scaledRate(rate: string): { numerator: bigint; scale: number } {
  const value = parseDecimalString(rate, { maxScale: EXCHANGE_RATE_MAX_SCALE });
  if (!value.isPositive() || value.isZero()) {
    throw new BillingError("invalid_amount", `An exchange rate must be positive: ${rate}`, { rate });
  }
  const scale = DECIMAL_STRING.exec(rate)?.[2]?.length ?? 0;
  return { numerator: toScaledBigInt(value, scale), scale };
}

/**
 * Converts `amountMinor` of `from` into minor units of `to` at `rate` (1 from = rate to, or,
 * when `inverted`, 1 to = rate from), rounding half away from zero once.
 */
export function convertMinor(amountMinor: bigint, from: string, to: string, rate: string, { inverted = false }: { inverted?: boolean } = {}): bigint {
  const { numerator: rateScaled, scale } = scaledRate(rate);
  const shift = currencyExponent(to) - currencyExponent(from);
  // amount × rate × 10^shift, with rate = rateScaled / 10^scale (or its inverse).
  let numerator = inverted ? amountMinor * powerOfTen(scale) : amountMinor * rateScaled;
  let denominator = inverted ? rateScaled : powerOfTen(scale);
  if (shift >= 0) numerator *= powerOfTen(shift);
  else denominator *= powerOfTen(-shift);
  return roundQuotientMinor(numerator, denominator);
}

/**
 * The rate to convert `from` → `to` at instant `at`: the latest rate of either direction that is
 * effective (effectiveFrom ≤ at). A rate stored in the asked direction wins a tie.
 */
export function rateAt<R extends ExchangeRateQuote>(rates: readonly R[], from: string, to: string, at: Date): AppliedRate<R> | undefined {
  let best: AppliedRate<R> | undefined;
  for (const quote of rates) {
    const direct = quote.baseCurrency === from && quote.quoteCurrency === to;
    const inverse = quote.baseCurrency === to && quote.quoteCurrency === from;
    if ((!direct && !inverse) || quote.effectiveFrom.getTime() > at.getTime()) continue;
    const newer = !best || quote.effectiveFrom.getTime() > best.quote.effectiveFrom.getTime();
    const tieWon = best && quote.effectiveFrom.getTime() === best.quote.effectiveFrom.getTime() && direct && best.inverted;
    if (newer || tieWon) best = { quote, inverted: !direct };
  }
  return best;
}
