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
 * The standard PDF fonts only encode WinAnsi (Latin-1 plus €, quotes and dashes). Intl separates
 * thousands with a narrow no-break space in French (U+202F) and uses thin spaces elsewhere:
 * print those as the ordinary no-break space so "1 234,56 €" keeps its gaps.
 */
export const printable = (text: string) => text.replace(/[\u2007\u2009\u202f]/g, "\u00a0");

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
