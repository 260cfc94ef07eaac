/**
 * Locale-aware text for printed documents. Every figure arrives as stored (minor units as
 * bigint or decimal strings, major-unit decimal strings, percentages as decimal strings) and is
 * formatted exactly: Node's Intl.NumberFormat formats decimal strings without a float round-trip.
 */
import { currencyExponent } from "../billing/currency";
import { formatMoney, money } from "../billing/money";

// Node >= 20 implements Intl.NumberFormat v3 (exact decimal strings); the ES2022 lib types lack that overload.
type DecimalStringFormat = { format(value: string): string };
const decimalFormat = (locale: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options) as unknown as DecimalStringFormat;

/**
 * Characters Intl may produce that the embedded font (DejaVu Sans) has no glyph for, printed as
 * their ordinary forms: ja-JP formats yen with the fullwidth sign (￥1,500 → ¥1,500).
 */
const FALLBACKS: Readonly<Record<string, string>> = { "\uffe5": "\u00a5", "\uffe6": "\u20a9", "\uffe0": "\u00a2", "\uffe1": "\u00a3" };
export const printable = (text: string) => text.replace(/[\uffe0\uffe1\uffe5\uffe6]/g, (char) => FALLBACKS[char]!);

/** A BCP 47 tag Intl accepts, else "en" (a stored locale is validated on input, this is a backstop). */
export function documentLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? "en";
  } catch {
    return "en";
  }
}

export type DocumentFormat = {
  locale: string;
  /** Integer minor units of the document's currency: "€1,234.56". */
  money(amountMinor: bigint | string): string;
  /** A major-unit decimal (a unit price, an unrounded breakdown amount), with as many decimals as it has: "€0.0125". */
  decimalMoney(amount: string): string;
  /** A quantity, exact: "1,500" or "2.5". */
  quantity(value: string): string;
  /** A percentage given in percent ("20", "8.875"): "20%", "8,875 %". */
  percent(value: string): string;
  /** A calendar date in the document's time zone: "Nov 23, 2026", "23 nov. 2026". */
  date(value: Date): string;
};

export function documentFormat({ locale, currency, timeZone }: { locale: string; currency: string; timeZone: string }): DocumentFormat {
  const tag = documentLocale(locale);
  const exponent = currencyExponent(currency);
  const unitPrice = decimalFormat(tag, { style: "currency", currency, minimumFractionDigits: exponent, maximumFractionDigits: 12 });
  const quantity = decimalFormat(tag, { maximumFractionDigits: 12 });
  const percent = decimalFormat(tag, { style: "percent", maximumFractionDigits: 10 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone });
  return {
    locale: tag,
    money: (amountMinor) => printable(formatMoney(money(BigInt(amountMinor), currency), tag)),
    decimalMoney: (amount) => printable(unitPrice.format(amount)),
    quantity: (value) => printable(quantity.format(value)),
    // "20E-2" is an exact decimal literal: no float division by 100.
    percent: (value) => printable(percent.format(`${value}E-2`)),
    date: (value) => printable(date.format(value)),
  };
}
