import { BillingError } from "./errors";

declare const currencyCodeBrand: unique symbol;

/** An ISO 4217 alphabetic code present in the table below; obtain one with `assertCurrency`. */
export type CurrencyCode = string & { readonly [currencyCodeBrand]: true };

function withExponent(exponent: number, codes: string): [string, number][] {
  return codes.split(/\s+/).map((code) => [code, exponent]);
}

// ISO 4217 List One as published 2026-01-01 (SIX), minor units per code. Withdrawn codes are
// absent (ANG, BGN, CUC, HRK, SLL, ZWL), and so are codes whose minor unit is "N.A." (XAU, XAG,
// XPD, XPT, XDR, XSU, XUA, XBA-XBD, XTS, XXX): nothing can be invoiced in them.
const EXPONENTS: ReadonlyMap<string, number> = new Map([
  ...withExponent(0, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"),
  ...withExponent(
    2,
    `AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
     CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
     GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK
     LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO
     NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS
     SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST
     XAD XCD XCG YER ZAR ZMW ZWG`,
  ),
  ...withExponent(3, "BHD IQD JOD KWD LYD OMR TND"),
  ...withExponent(4, "CLF UYW"),
]);

const CODES: readonly CurrencyCode[] = Object.freeze([...EXPONENTS.keys()].sort() as CurrencyCode[]);

function unknownCurrency(code: string): BillingError {
  return new BillingError("unknown_currency", `Unknown ISO 4217 currency code: ${JSON.stringify(code)}`, { currency: code });
}

export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === "string" && EXPONENTS.has(code);
}

/** Exact match only: "usd" or " USD" is rejected, not normalised, so stored codes stay canonical. */
export function assertCurrency(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw unknownCurrency(code);
  return code;
}

/** Number of minor-unit digits: 2 for USD (cents), 0 for JPY, 3 for KWD, 4 for CLF. */
export function currencyExponent(code: string): number {
  const exponent = EXPONENTS.get(code);
  if (exponent === undefined) throw unknownCurrency(code);
  return exponent;
}

/** All supported codes, sorted alphabetically. */
export function listCurrencies(): readonly CurrencyCode[] {
  return CODES;
}
