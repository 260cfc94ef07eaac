import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Dec } from "./decimal";
import { computeTax, REVERSE_CHARGE_NOTE, TAX_EXEMPT_NOTE, type TaxCustomer, type TaxRate, type TaxRounding } from "./tax";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

const exclusive = (id: string, percent: string): TaxRate => ({ id, name: id.toUpperCase(), percent, inclusive: false });
const inclusive = (id: string, percent: string): TaxRate => ({ id, name: id.toUpperCase(), percent, inclusive: true });
const VAT20 = exclusive("vat20", "20");
const VAT20_INCL = inclusive("vat20-incl", "20");
const STATE = exclusive("state", "6.25");
const COUNTY = exclusive("county", "1");

const standard: TaxCustomer = { taxExempt: false, reverseCharge: false };
const line = (netMinor: bigint, ...taxRates: TaxRate[]) => ({ netMinor, taxRates });

describe("computeTax per line", () => {
  test.each<{ name: string; currency?: string; netMinor: bigint; rates: TaxRate[]; taxes: bigint[]; base: bigint }>([
    { name: "exclusive 20 %", netMinor: 1000n, rates: [VAT20], taxes: [200n], base: 1000n },
    { name: "exclusive tie rounds half up", netMinor: 1000n, rates: [exclusive("ny", "8.25")], taxes: [83n], base: 1000n }, // 82.5
    { name: "inclusive 20 %", netMinor: 1200n, rates: [VAT20_INCL], taxes: [200n], base: 1000n },
    { name: "inclusive 19 %", netMinor: 1000n, rates: [inclusive("de", "19")], taxes: [160n], base: 840n }, // 159.66
    { name: "two stacked exclusive rates", netMinor: 8000n, rates: [STATE, COUNTY], taxes: [500n, 80n], base: 8000n },
    // 107.25 = 100 × (1 + 6.25 % + 1 %): each rate's share of the contained tax.
    { name: "two stacked inclusive rates", netMinor: 10725n, rates: [inclusive("state", "6.25"), inclusive("county", "1")], taxes: [625n, 100n], base: 10000n },
    { name: "a 0 % rate", netMinor: 1000n, rates: [exclusive("zero", "0")], taxes: [0n], base: 1000n },
    { name: "a credit line mirrors its charge", netMinor: -1000n, rates: [exclusive("ny", "8.25")], taxes: [-83n], base: -1000n },
    { name: "an inclusive credit line", netMinor: -1200n, rates: [VAT20_INCL], taxes: [-200n], base: -1000n },
    { name: "JPY inclusive consumption tax", currency: "JPY", netMinor: 1100n, rates: [inclusive("jct", "10")], taxes: [100n], base: 1000n },
    { name: "KWD exclusive", currency: "KWD", netMinor: 12345n, rates: [exclusive("kw", "5")], taxes: [617n], base: 12345n }, // 617.25 fils
  ])("$name", ({ currency = "USD", netMinor, rates, taxes, base }) => {
    const result = computeTax(currency, [line(netMinor, ...rates)], standard);
    const [taxed] = result.lines;
    expect(taxed!.taxes).toEqual(rates.map((rate, index) => ({ rateId: rate.id, taxMinor: taxes[index] })));
    expect(taxed!.taxMinor).toBe(taxes.reduce((a, b) => a + b, 0n));
    expect(taxed!.taxInclusive).toBe(rates[0]!.inclusive);
    expect(result.summary.map((entry) => entry.taxableBaseMinor)).toEqual(rates.map(() => base));
    expect(result.notes).toEqual([]);
  });

  test("a line without rates carries no tax", () => {
    expect(computeTax("USD", [{ netMinor: 1000n }], standard).lines).toEqual([{ netMinor: 1000n, taxMinor: 0n, taxes: [], taxInclusive: false, reverseCharge: false }]);
  });

  test("summarises per rate in order of first appearance, reconciling with the lines", () => {
    const result = computeTax("USD", [line(1000n, STATE, COUNTY), line(500n, VAT20), line(2000n, COUNTY), { netMinor: 700n }], standard);
    expect(result.summary).toEqual([
      { rateId: "state", name: "STATE", percent: "6.25", inclusive: false, taxableBaseMinor: 1000n, taxMinor: 63n }, // 62.5
      { rateId: "county", name: "COUNTY", percent: "1", inclusive: false, taxableBaseMinor: 3000n, taxMinor: 30n },
      { rateId: "vat20", name: "VAT20", percent: "20", inclusive: false, taxableBaseMinor: 500n, taxMinor: 100n },
    ]);
    expect(result.lines.map((taxed) => taxed.taxMinor)).toEqual([73n, 100n, 20n, 0n]);
  });
});

describe("computeTax rounding modes", () => {
  // docs/pricing.md#per-line-or-per-invoice-rounding
  test.each<{ rounding: TaxRounding; taxes: bigint[]; total: bigint }>([
    { rounding: "per_line", taxes: [21n, 21n, 21n], total: 63n }, // 20.6 rounded three times
    { rounding: "per_invoice", taxes: [21n, 21n, 20n], total: 62n }, // 61.8 rounded once, then allocated
  ])("three lines of 1.03 at 20 %: $rounding → $total", ({ rounding, taxes, total }) => {
    const result = computeTax("USD", [line(103n, VAT20), line(103n, VAT20), line(103n, VAT20)], standard, rounding);
    expect(result.lines.map((taxed) => taxed.taxMinor)).toEqual(taxes);
    expect(result.summary[0]!.taxMinor).toBe(total);
  });

  test("per_line is the default", () => {
    const lines = [line(103n, VAT20), line(103n, VAT20)];
    expect(computeTax("USD", lines, standard)).toEqual(computeTax("USD", lines, standard, "per_line"));
  });

  test("per_invoice keeps every line's tax on the side of its amount when credits are present", () => {
    // Exact 200, −200, 20.6 → 20.6 → 21: the credit takes −200, the charges 221 split 200 / 21.
    const result = computeTax("USD", [line(1000n, VAT20), line(-1000n, VAT20), line(103n, VAT20)], standard, "per_invoice");
    expect(result.lines.map((taxed) => taxed.taxMinor)).toEqual([200n, -200n, 21n]);
  });

  test("per_invoice sums inclusive lines with different rate stacks exactly", () => {
    // vat: 1000 × 20 / 120 + 1000 × 20 / 125 = 166.67 + 160 = 326.67 → 327; eco: 40.
    const eco = inclusive("eco", "5");
    const result = computeTax("USD", [line(1000n, VAT20_INCL), line(1000n, VAT20_INCL, eco)], standard, "per_invoice");
    expect(result.summary.map((entry) => [entry.rateId, entry.taxMinor])).toEqual([
      ["vat20-incl", 327n],
      ["eco", 40n],
    ]);
    expect(result.lines.map((taxed) => taxed.taxes.map((tax) => tax.taxMinor))).toEqual([[167n], [160n, 40n]]);
  });
});

describe("computeTax for exempt and reverse-charge customers", () => {
  const lines = [line(1000n, VAT20), line(1200n, VAT20_INCL), { netMinor: 500n }];

  test("an exempt customer pays no tax, and inclusive prices are charged as they are", () => {
    const result = computeTax("USD", lines, { taxExempt: true, reverseCharge: false });
    expect(result.lines.map(({ taxMinor, taxInclusive, reverseCharge }) => ({ taxMinor, taxInclusive, reverseCharge }))).toEqual([
      { taxMinor: 0n, taxInclusive: false, reverseCharge: false },
      { taxMinor: 0n, taxInclusive: true, reverseCharge: false },
      { taxMinor: 0n, taxInclusive: false, reverseCharge: false },
    ]);
    expect(result.summary).toEqual([]);
    expect(result.notes).toEqual([TAX_EXEMPT_NOTE]);
  });

  test("reverse charge marks the taxable lines and carries the legal note", () => {
    const result = computeTax("EUR", lines, { taxExempt: false, reverseCharge: true });
    expect(result.lines.map((taxed) => [taxed.taxMinor, taxed.reverseCharge])).toEqual([
      [0n, true],
      [0n, true],
      [0n, false],
    ]);
    expect(result.summary).toEqual([]);
    expect(result.notes).toEqual(["Reverse charge: VAT to be accounted for by the recipient"]);
    expect(REVERSE_CHARGE_NOTE).toBe(result.notes[0]);
  });

  test("a customer cannot be both", () => {
    expect(() => computeTax("EUR", lines, { taxExempt: true, reverseCharge: true })).toThrow(billingError("invalid_invoice_input"));
  });
});

describe("computeTax rejects bad rates", () => {
  test.each<{ name: string; lines: { netMinor: bigint; taxRates: TaxRate[] }[] }>([
    { name: "a negative percent", lines: [line(100n, exclusive("x", "-1"))] },
    { name: "a malformed percent", lines: [line(100n, exclusive("x", "twenty"))] },
    { name: "13 decimal places", lines: [line(100n, exclusive("x", "0.0000000000001"))] },
    { name: "one id with two percents", lines: [line(100n, exclusive("x", "20")), line(100n, exclusive("x", "19"))] },
    { name: "one id both inclusive and exclusive", lines: [line(100n, exclusive("x", "20")), line(100n, inclusive("x", "20"))] },
    { name: "a rate twice on one line", lines: [line(100n, VAT20, VAT20)] },
    { name: "inclusive and exclusive on one line", lines: [line(100n, VAT20, VAT20_INCL)] },
  ])("$name", ({ lines }) => {
    expect(() => computeTax("USD", lines, standard)).toThrow(billingError("invalid_tax_rate"));
  });

  test("also for an exempt customer", () => {
    expect(() => computeTax("USD", [line(100n, exclusive("x", "-1"))], { taxExempt: true, reverseCharge: false })).toThrow(billingError("invalid_tax_rate"));
  });
});

describe("computeTax properties", () => {
  const exclusivePool = [VAT20, STATE, COUNTY, exclusive("ny", "8.875"), exclusive("odd", "7.123456789012")];
  const inclusivePool = [VAT20_INCL, inclusive("de", "19"), inclusive("eco", "5.5"), inclusive("tiny", "0.000000000001")];
  const ratesOf = (pool: TaxRate[]) => fc.subarray(pool);
  const taxableLine = fc.record({
    netMinor: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    taxRates: fc.oneof(ratesOf(exclusivePool), ratesOf(inclusivePool)),
  });
  const lines = fc.array(taxableLine, { minLength: 1, maxLength: 12 });
  const rounding = fc.constantFrom<TaxRounding>("per_line", "per_invoice");

  // Reference: exact tax of one rate on one line with 200 significant digits.
  const Precise = Dec.clone({ precision: 200, rounding: Dec.ROUND_HALF_UP });
  const exactTax = (taxable: { netMinor: bigint; taxRates: TaxRate[] }, rate: TaxRate) => {
    const inclusiveShare = rate.inclusive ? taxable.taxRates.reduce((total, r) => total.plus(r.percent), new Precise(0)) : new Precise(0);
    return new Precise(taxable.netMinor.toString()).times(rate.percent).div(inclusiveShare.plus(100));
  };
  const roundHalfUp = (value: Dec) => BigInt(value.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0));

  test("per_invoice tax of each rate is its exact invoice total rounded once", () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const result = computeTax("USD", ls, standard, "per_invoice");
        for (const entry of result.summary) {
          const exact = ls.flatMap((l) => l.taxRates.filter((rate) => rate.id === entry.rateId).map((rate) => exactTax(l, rate)));
          expect(entry.taxMinor).toBe(roundHalfUp(exact.reduce((a, b) => a.plus(b), new Precise(0))));
        }
      }),
    );
  });

  test("per_line tax of each rate on each line is its exact tax rounded once", () => {
    fc.assert(
      fc.property(lines, (ls) => {
        computeTax("USD", ls, standard, "per_line").lines.forEach((taxed, index) => {
          const source = ls[index]!;
          expect(taxed.taxes.map((tax) => tax.taxMinor)).toEqual(source.taxRates.map((rate) => roundHalfUp(exactTax(source, rate))));
        });
      }),
    );
  });

  test("lines reconcile with the summary, and no line's tax has the opposite sign of its amount", () => {
    fc.assert(
      fc.property(lines, rounding, (ls, mode) => {
        const result = computeTax("USD", ls, standard, mode);
        for (const entry of result.summary) {
          const fromLines = result.lines.flatMap((taxed) => taxed.taxes).filter((tax) => tax.rateId === entry.rateId);
          expect(fromLines.reduce((total, tax) => total + tax.taxMinor, 0n)).toBe(entry.taxMinor);
        }
        for (const taxed of result.lines) {
          expect(taxed.taxMinor).toBe(taxed.taxes.reduce((total, tax) => total + tax.taxMinor, 0n));
          expect(taxed.netMinor >= 0n ? taxed.taxMinor >= 0n : taxed.taxMinor <= 0n).toBe(true);
        }
      }),
    );
  });
});
