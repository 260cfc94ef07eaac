import { assertCurrency, currencyExponent, type CurrencyCode } from "./currency";
import { multiplyExact, parseDecimalString, toDec, toScaledBigInt, type Dec } from "./decimal";
import { BillingError } from "./errors";
import { roundMinor } from "./rounding";

/** An exact amount in integer minor units (cents for USD, yen for JPY, fils for KWD). */
export type Money = { readonly amountMinor: bigint; readonly currency: CurrencyCode };

export type MoneyJson = { amount: number; currency: CurrencyCode };

/** `amountMinor` as bigint, or as a number only if it is a safe integer. */
export function money(amountMinor: bigint | number, currency: string): Money {
  if (typeof amountMinor === "number" && !Number.isSafeInteger(amountMinor)) {
    throw new BillingError("invalid_amount", `Minor units must be a safe integer: ${amountMinor}`, { amountMinor });
  }
  return Object.freeze({ amountMinor: BigInt(amountMinor), currency: assertCurrency(currency) });
}

export function zero(currency: string): Money {
  return money(0n, currency);
}

/** Exact parse of a major-unit string: "12.5" USD → 1250n; "1.005" USD or "1.5" JPY throw, nothing is rounded. */
export function fromMajor(decimalString: string, currency: string): Money {
  const exponent = currencyExponent(currency);
  const amount = parseDecimalString(decimalString, { maxScale: exponent });
  return money(toScaledBigInt(amount, exponent), currency);
}

function sameCurrency(a: Money, b: Money): CurrencyCode {
  if (a.currency !== b.currency) {
    throw new BillingError("currency_mismatch", `Currency mismatch: ${a.currency} vs ${b.currency}`, {
      currencies: [a.currency, b.currency],
    });
  }
  return a.currency;
}

export function add(a: Money, b: Money): Money {
  return money(a.amountMinor + b.amountMinor, sameCurrency(a, b));
}

export function subtract(a: Money, b: Money): Money {
  return money(a.amountMinor - b.amountMinor, sameCurrency(a, b));
}

export function negate(m: Money): Money {
  return money(-m.amountMinor, m.currency);
}

/** The currency is required so that an empty list sums to a zero of a known currency. */
export function sum(list: readonly Money[], currency: string): Money {
  return list.reduce((total, m) => add(total, m), zero(currency));
}

/** Sum of bare minor-unit amounts already known to share one currency (invoice line fields). */
export function sumMinor(amounts: readonly bigint[]): bigint {
  return amounts.reduce((total, amount) => total + amount, 0n);
}

/** money × rate, rounded once (see rounding.ts): 10.00 USD × "0.0825" = 0.825 → 0.83 USD. */
export function multiplyByDecimal(m: Money, rate: Dec | string): Money {
  return money(roundMinor(multiplyExact(m.amountMinor, toDec(rate))), m.currency);
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  if (a.amountMinor === b.amountMinor) return 0;
  return a.amountMinor < b.amountMinor ? -1 : 1;
}

export function isZero(m: Money): boolean {
  return m.amountMinor === 0n;
}

export function isNegative(m: Money): boolean {
  return m.amountMinor < 0n;
}

export function max(first: Money, ...rest: readonly Money[]): Money {
  return rest.reduce((best, m) => (compare(m, best) > 0 ? m : best), first);
}

export function min(first: Money, ...rest: readonly Money[]): Money {
  return rest.reduce((best, m) => (compare(m, best) < 0 ? m : best), first);
}

/** Exact major-unit string: "12.50" USD, "1000" JPY, "1.234" KWD, "-0.05" USD. */
export function toMajorString(m: Money): string {
  const exponent = currencyExponent(m.currency);
  const sign = m.amountMinor < 0n ? "-" : "";
  const digits = (m.amountMinor < 0n ? -m.amountMinor : m.amountMinor).toString();
  if (exponent === 0) return sign + digits;
  const padded = digits.padStart(exponent + 1, "0");
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

export type FormatMoneyOptions = Omit<
  Intl.NumberFormatOptions,
  "style" | "currency" | "minimumFractionDigits" | "maximumFractionDigits" | "minimumSignificantDigits" | "maximumSignificantDigits"
>;

// Node >= 20 implements Intl.NumberFormat v3, which formats a decimal string exactly (no float
// conversion, so 9007199254740993 cents keep their last digit). The ES2022 lib types lack that overload.
type DecimalStringFormat = { format(value: string): string };

/** Localised display, always with the currency's own number of decimals: de-DE → "1.234,56 €". */
export function formatMoney(m: Money, locale = "en-US", opts: FormatMoneyOptions = {}): string {
  const exponent = currencyExponent(m.currency);
  const format = new Intl.NumberFormat(locale, {
    ...opts,
    style: "currency",
    currency: m.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }) as unknown as DecimalStringFormat;
  return format.format(toMajorString(m));
}

/** Stripe-style JSON: integer minor units as a number. Throws beyond ±(2^53 − 1) rather than lose digits. */
export function moneyToJson(m: Money): MoneyJson {
  const amount = Number(m.amountMinor);
  if (!Number.isSafeInteger(amount)) {
    throw new BillingError("amount_out_of_range", `${m.amountMinor} ${m.currency} exceeds the JSON safe integer range`, {
      amountMinor: m.amountMinor.toString(),
      currency: m.currency,
    });
  }
  return { amount, currency: m.currency };
}
