import { describe, expect, test } from "vitest";
import { documentFormat, documentLocale, printable } from "./document-format";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("documentFormat", () => {
  test("formats minor units exactly in the locale, with the currency's own decimals", () => {
    expect(documentFormat({ locale: "en-US", currency: "EUR", timeZone: "UTC" }).money(123456n)).toBe("€1,234.56");
    expect(documentFormat({ locale: "fr-FR", currency: "EUR", timeZone: "UTC" }).money("123456")).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(documentFormat({ locale: "de-DE", currency: "EUR", timeZone: "UTC" }).money(-500n)).toBe(`-5,00${NBSP}€`);
    expect(documentFormat({ locale: "en-US", currency: "JPY", timeZone: "UTC" }).money(1500n)).toBe("¥1,500");
    expect(documentFormat({ locale: "en-US", currency: "KWD", timeZone: "UTC" }).money(1234n)).toBe(`KWD${NBSP}1.234`);
    // Beyond 2^53: no digit lost.
    expect(documentFormat({ locale: "en-US", currency: "USD", timeZone: "UTC" }).money("900719925474099312")).toBe("$9,007,199,254,740,993.12");
  });

  test("unit prices keep their sub-cent decimals; quantities and percentages are exact", () => {
    const f = documentFormat({ locale: "en-US", currency: "USD", timeZone: "UTC" });
    expect(f.decimalMoney("0.0125")).toBe("$0.0125");
    expect(f.decimalMoney("12")).toBe("$12.00");
    expect(f.quantity("1500")).toBe("1,500");
    expect(f.quantity("2.500000000000")).toBe("2.5");
    expect(f.percent("20")).toBe("20%");
    expect(f.percent("8.875")).toBe("8.875%");
    expect(documentFormat({ locale: "fr", currency: "EUR", timeZone: "UTC" }).percent("5.5")).toBe(`5,5${NBSP}%`);
  });

  test("dates are calendar days in the given time zone", () => {
    const instant = new Date("2026-11-30T23:30:00Z");
    expect(documentFormat({ locale: "en-US", currency: "USD", timeZone: "UTC" }).date(instant)).toBe("Nov 30, 2026");
    expect(documentFormat({ locale: "en-US", currency: "USD", timeZone: "Europe/Paris" }).date(instant)).toBe("Dec 1, 2026");
    expect(documentFormat({ locale: "de", currency: "EUR", timeZone: "UTC" }).date(instant)).toBe("30.11.2026");
  });

  test("fullwidth currency signs print in their ordinary form; unknown locales fall back to en", () => {
    expect(printable("￥1,500")).toBe("¥1,500");
    expect(documentFormat({ locale: "ja-JP", currency: "JPY", timeZone: "UTC" }).money(1500n)).toBe("¥1,500");
    expect(documentLocale("fr-fr")).toBe("fr-FR");
    expect(documentLocale("not a locale")).toBe("en");
  });
});
