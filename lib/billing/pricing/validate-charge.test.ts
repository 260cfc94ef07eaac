import { describe, expect, test } from "vitest";
import type { ChargeDefinition, Tier } from "./types";
import { assertValidCharge, validateCharge } from "./validate-charge";

const tiers = (...bounds: (string | null)[]): Tier[] => bounds.map((upTo) => ({ upTo, unitPrice: "1" }));

describe("validateCharge accepts", () => {
  test.each<{ name: string; def: ChargeDefinition }>([
    { name: "flat", def: { model: "flat", currency: "USD", amount: "49" } },
    { name: "flat of 0", def: { model: "flat", currency: "USD", amount: "0" } },
    { name: "per_unit with 12 decimals", def: { model: "per_unit", currency: "EUR", unitPrice: "0.000000000001" } },
    { name: "per_seat", def: { model: "per_seat", currency: "JPY", unitPrice: "1200" } },
    { name: "graduated with one open tier", def: { model: "graduated", currency: "USD", tiers: tiers(null) } },
    { name: "volume with fractional bounds", def: { model: "volume", currency: "KWD", tiers: tiers("0.5", "10.25", null) } },
    {
      name: "tiers with flat fees (0 included)",
      def: { model: "graduated", currency: "USD", tiers: [{ upTo: "10", unitPrice: "0", flatFee: "0" }, { upTo: null, unitPrice: "1", flatFee: "5" }] },
    },
    { name: "package with free units", def: { model: "package", currency: "USD", packageSize: "100", packagePrice: "5", freeUnits: "0.5" } },
    { name: "package with explicit decimals", def: { model: "package", currency: "USD", packageSize: "100.000", packagePrice: "5" } },
    { name: "percentage at 0%", def: { model: "percentage", currency: "USD", rate: "0" } },
    { name: "percentage at 100%", def: { model: "percentage", currency: "USD", rate: "100" } },
    {
      name: "percentage with every option, min = max",
      def: { model: "percentage", currency: "USD", rate: "2.9", fixedFeePerTransaction: "0.30", freeTransactions: 0, minPerTransaction: "1", maxPerTransaction: "1" },
    },
    { name: "min = max spend", def: { model: "flat", currency: "USD", amount: "1", minimumSpend: "10", maximumSpend: "10" } },
    { name: "optional fields present as undefined", def: { model: "package", currency: "USD", packageSize: "1", packagePrice: "1", freeUnits: undefined, minimumSpend: undefined } },
  ])("$name", ({ def }) => {
    expect(validateCharge(def)).toEqual([]);
    expect(() => assertValidCharge(def)).not.toThrow();
  });
});

describe("validateCharge reports the offending field", () => {
  const perUnit = (unitPrice: string, extra: Partial<ChargeDefinition> = {}) => ({ model: "per_unit", currency: "USD", unitPrice, ...extra }) as ChargeDefinition;
  const percentage = (fields: Record<string, unknown>) => ({ model: "percentage", currency: "USD", rate: "1", ...fields }) as ChargeDefinition;
  const pkg = (fields: Record<string, unknown>) => ({ model: "package", currency: "USD", packageSize: "10", packagePrice: "1", ...fields }) as ChargeDefinition;

  test.each<{ name: string; def: ChargeDefinition; paths: string[] }>([
    // currency and model
    { name: "unknown currency", def: perUnit("1", { currency: "usd" }), paths: ["currency"] },
    { name: "withdrawn currency", def: perUnit("1", { currency: "HRK" }), paths: ["currency"] },
    { name: "unknown model", def: { model: "tiered", currency: "USD" } as unknown as ChargeDefinition, paths: ["model"] },
    // decimal strings
    { name: "exponent notation", def: perUnit("1e-3"), paths: ["unitPrice"] },
    { name: "13 decimal places", def: perUnit("0.0000000000001"), paths: ["unitPrice"] },
    { name: "comma decimal", def: perUnit("1,5"), paths: ["unitPrice"] },
    { name: "empty string", def: perUnit(""), paths: ["unitPrice"] },
    { name: "leading point", def: perUnit(".5"), paths: ["unitPrice"] },
    { name: "a number instead of a string", def: perUnit(5 as unknown as string), paths: ["unitPrice"] },
    { name: "missing flat amount", def: { model: "flat", currency: "USD" } as ChargeDefinition, paths: ["amount"] },
    // negatives
    { name: "negative flat amount", def: { model: "flat", currency: "USD", amount: "-1" }, paths: ["amount"] },
    { name: "negative unit price", def: perUnit("-0.01"), paths: ["unitPrice"] },
    { name: "negative per-seat price", def: { model: "per_seat", currency: "USD", unitPrice: "-5" }, paths: ["unitPrice"] },
    { name: "negative package price", def: pkg({ packagePrice: "-5" }), paths: ["packagePrice"] },
    { name: "negative free units", def: pkg({ freeUnits: "-1" }), paths: ["freeUnits"] },
    { name: "negative fixed fee", def: percentage({ fixedFeePerTransaction: "-0.30" }), paths: ["fixedFeePerTransaction"] },
    { name: "negative minimum spend", def: perUnit("1", { minimumSpend: "-1" }), paths: ["minimumSpend"] },
    { name: "negative maximum spend", def: perUnit("1", { maximumSpend: "-1" }), paths: ["maximumSpend"] },
    // package
    { name: "packageSize 0", def: pkg({ packageSize: "0" }), paths: ["packageSize"] },
    { name: "fractional packageSize", def: pkg({ packageSize: "2.5" }), paths: ["packageSize"] },
    { name: "negative packageSize", def: pkg({ packageSize: "-10" }), paths: ["packageSize"] },
    // percentage
    { name: "negative rate", def: percentage({ rate: "-1" }), paths: ["rate"] },
    { name: "rate above 100", def: percentage({ rate: "100.000000000001" }), paths: ["rate"] },
    { name: "fractional freeTransactions", def: percentage({ freeTransactions: 1.5 }), paths: ["freeTransactions"] },
    { name: "negative freeTransactions", def: percentage({ freeTransactions: -1 }), paths: ["freeTransactions"] },
    { name: "string freeTransactions", def: percentage({ freeTransactions: "3" }), paths: ["freeTransactions"] },
    { name: "min per transaction above max", def: percentage({ minPerTransaction: "2", maxPerTransaction: "1.99" }), paths: ["minPerTransaction"] },
    { name: "negative min per transaction", def: percentage({ minPerTransaction: "-1", maxPerTransaction: "1" }), paths: ["minPerTransaction"] },
    // spend
    { name: "minimum spend above maximum", def: perUnit("1", { minimumSpend: "100", maximumSpend: "99.99" }), paths: ["minimumSpend"] },
    // tiers
    { name: "no tiers", def: { model: "graduated", currency: "USD", tiers: [] }, paths: ["tiers"] },
    { name: "tiers not an array", def: { model: "volume", currency: "USD" } as ChargeDefinition, paths: ["tiers"] },
    { name: "descending tiers", def: { model: "graduated", currency: "USD", tiers: tiers("100", "50", null) }, paths: ["tiers.1.upTo"] },
    { name: "overlapping (repeated) bound", def: { model: "volume", currency: "USD", tiers: tiers("100", "100", null) }, paths: ["tiers.1.upTo"] },
    { name: "first bound 0", def: { model: "graduated", currency: "USD", tiers: tiers("0", null) }, paths: ["tiers.0.upTo"] },
    { name: "negative bound", def: { model: "graduated", currency: "USD", tiers: tiers("-5", null) }, paths: ["tiers.0.upTo"] },
    { name: "open-ended tier not last", def: { model: "graduated", currency: "USD", tiers: tiers("10", null, "100", null) }, paths: ["tiers.1.upTo"] },
    { name: "last tier bounded", def: { model: "volume", currency: "USD", tiers: tiers("10", "100") }, paths: ["tiers.1.upTo"] },
    { name: "only tier bounded", def: { model: "graduated", currency: "USD", tiers: tiers("10") }, paths: ["tiers.0.upTo"] },
    { name: "bad bound string", def: { model: "graduated", currency: "USD", tiers: tiers("10", "1e3", null) }, paths: ["tiers.1.upTo"] },
    { name: "missing bound", def: { model: "graduated", currency: "USD", tiers: [{ unitPrice: "1" } as Tier, ...tiers(null)] }, paths: ["tiers.0.upTo"] },
    {
      name: "negative tier price and flat fee",
      def: { model: "graduated", currency: "USD", tiers: [{ upTo: "10", unitPrice: "-1" }, { upTo: null, unitPrice: "1", flatFee: "-2" }] },
      paths: ["tiers.0.unitPrice", "tiers.1.flatFee"],
    },
    {
      name: "a later bound checked against the last valid one",
      def: { model: "graduated", currency: "USD", tiers: tiers("100", "x", "50", null) },
      paths: ["tiers.1.upTo", "tiers.2.upTo"],
    },
    // several at once, in field order
    {
      name: "every issue, in field order",
      def: { model: "percentage", currency: "XXX", rate: "101", minPerTransaction: "5", maxPerTransaction: "1", minimumSpend: "2", maximumSpend: "1" },
      paths: ["currency", "rate", "minPerTransaction", "minimumSpend"],
    },
  ])("$name → $paths", ({ def, paths }) => {
    const issues = validateCharge(def);
    expect(issues.map((issue) => issue.path)).toEqual(paths);
    for (const issue of issues) expect(issue.message).toMatch(/\S/);
  });

  test("messages say what is wrong", () => {
    expect(validateCharge({ model: "graduated", currency: "USD", tiers: tiers("100", "50", null) })).toEqual([
      { path: "tiers.1.upTo", message: "Tier bounds must ascend strictly: tiers.1.upTo must be greater than the previous tier's upTo (100)." },
    ]);
    expect(validateCharge(percentage({ rate: "150" }))).toEqual([{ path: "rate", message: "rate is a percentage and must be between 0 and 100." }]);
  });
});

describe("assertValidCharge", () => {
  test("throws invalid_charge with the first message and every issue", () => {
    const def: ChargeDefinition = { model: "package", currency: "USD", packageSize: "0", packagePrice: "-1" };
    const issues = validateCharge(def);
    expect(issues).toHaveLength(2);
    expect(() => assertValidCharge(def)).toThrow(
      expect.objectContaining({ name: "BillingError", code: "invalid_charge", message: issues[0]?.message, details: { issues } }),
    );
  });
});
