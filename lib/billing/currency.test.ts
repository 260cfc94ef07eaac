import { describe, expect, test } from "vitest";
import { assertCurrency, currencyExponent, isCurrencyCode, listCurrencies } from "./currency";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

const ZERO = ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"];
const THREE = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];
const FOUR = ["CLF", "UYW"];
// Two-decimal currencies people tend to get wrong (HUF, IDR, TWD are 2 in ISO even if cash has none) and recent additions.
const TWO = ["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "CNY", "INR", "BRL", "MXN", "HUF", "IDR", "TWD", "XCG", "ZWG", "SLE", "VED", "VES", "MRU", "STN"];

const exponentRows = [
  ...ZERO.map((code) => ({ code, exponent: 0 })),
  ...TWO.map((code) => ({ code, exponent: 2 })),
  ...THREE.map((code) => ({ code, exponent: 3 })),
  ...FOUR.map((code) => ({ code, exponent: 4 })),
];

describe("currencyExponent", () => {
  test.each(exponentRows)("$code has $exponent minor-unit digits", ({ code, exponent }) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  test("every exponent outside the 0, 3 and 4 lists is 2", () => {
    const special = new Set([...ZERO, ...THREE, ...FOUR]);
    const others = listCurrencies().filter((code) => !special.has(code));
    expect(others.length).toBeGreaterThan(100);
    for (const code of others) expect(currencyExponent(code), code).toBe(2);
  });

  test.each(["usd", "XXX", "XAU", "BGN", "", "US", "constructor", "__proto__"])("throws unknown_currency for %j", (code) => {
    expect(() => currencyExponent(code)).toThrow(billingError("unknown_currency"));
  });
});

describe("isCurrencyCode", () => {
  test.each<{ input: unknown; expected: boolean }>([
    { input: "USD", expected: true },
    { input: "JPY", expected: true },
    { input: "KWD", expected: true },
    { input: "CLF", expected: true },
    { input: "usd", expected: false },
    { input: "Usd", expected: false },
    { input: " USD", expected: false },
    { input: "USD ", expected: false },
    { input: "US", expected: false },
    { input: "USDD", expected: false },
    { input: "", expected: false },
    { input: "ZZZ", expected: false },
    { input: "toString", expected: false },
    { input: "__proto__", expected: false },
    { input: 840, expected: false },
    { input: null, expected: false },
    { input: undefined, expected: false },
    { input: { code: "USD" }, expected: false },
  ])("$input → $expected", ({ input, expected }) => {
    expect(isCurrencyCode(input)).toBe(expected);
  });
});

describe("assertCurrency", () => {
  test.each(["USD", "EUR", "JPY", "KWD", "CLF", "XOF"])("returns %s unchanged", (code) => {
    expect(assertCurrency(code)).toBe(code);
  });

  test.each(["usd", "eur", " EUR", "EUR\n", "EURO", "E", "123", "XTS"])("rejects %j with unknown_currency", (code) => {
    expect(() => assertCurrency(code)).toThrow(billingError("unknown_currency"));
  });

  test("puts the offending code in details", () => {
    expect(() => assertCurrency("abc")).toThrow(expect.objectContaining({ details: { currency: "abc" } }));
  });
});

describe("listCurrencies", () => {
  const codes = listCurrencies();

  test("is sorted, unique and made of three uppercase letters", () => {
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  test("holds the 2026-01-01 ISO 4217 list with numeric minor units", () => {
    expect(codes).toHaveLength(165);
    expect(codes.filter((code) => currencyExponent(code) === 0)).toEqual(ZERO);
    expect(codes.filter((code) => currencyExponent(code) === 3)).toEqual(THREE);
    expect(codes.filter((code) => currencyExponent(code) === 4)).toEqual(FOUR);
  });

  test.each(["ANG", "BGN", "CUC", "HRK", "SLL", "ZWL", "VEF", "LTL"])("omits withdrawn code %s", (code) => {
    expect(codes).not.toContain(code);
  });

  test.each(["XAU", "XAG", "XPD", "XPT", "XDR", "XSU", "XUA", "XBA", "XTS", "XXX"])("omits %s, which has no minor unit", (code) => {
    expect(codes).not.toContain(code);
  });

  test("every code is usable with Intl.NumberFormat", () => {
    for (const currency of codes) {
      expect(() => new Intl.NumberFormat("en-US", { style: "currency", currency })).not.toThrow();
    }
  });

  test("is frozen", () => {
    expect(Object.isFrozen(codes)).toBe(true);
  });
});
