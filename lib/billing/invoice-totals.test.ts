import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Coupon } from "./discounts";
import { assertInvoiceReconciles, computeInvoiceTotals, type InvoiceLineInput, type InvoiceTotals, type InvoiceTotalsInput } from "./invoice-totals";
import type { TaxRate, TaxRounding } from "./tax";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

const vat = (percent: string, inclusive = false): TaxRate => ({ id: `vat-${percent}${inclusive ? "-incl" : ""}`, name: "VAT", percent, inclusive });
const VAT20 = vat("20");
const line = (key: string, amountMinor: bigint, ...taxRates: TaxRate[]): InvoiceLineInput => ({ key, description: key, amountMinor, taxRates });
const standard = { taxExempt: false, reverseCharge: false };
const invoice = (overrides: Partial<InvoiceTotalsInput> & Pick<InvoiceTotalsInput, "lines">): InvoiceTotals =>
  computeInvoiceTotals({ currency: "USD", couponPeriodIndex: 0, customer: standard, ...overrides });
const amountOff = (id: string, amountMinor: bigint, currency = "USD"): Coupon => ({ id, kind: "fixed", amountMinor, currency, duration: "forever" });

/** The headline figures, for compact expectations. */
const headline = (totals: InvoiceTotals) => ({
  subtotal: totals.subtotalMinor,
  discount: totals.discountMinor,
  tax: totals.taxMinor,
  total: totals.totalMinor,
  carryForward: totals.carryForwardCreditMinor,
  creditApplied: totals.creditAppliedMinor,
  due: totals.amountDueMinor,
});

// Each test below is a numbered example of docs/pricing.md#worked-examples.
describe("worked examples", () => {
  test.each<{ taxRounding: TaxRounding; seats: bigint[]; totals: ReturnType<typeof headline> }>([
    { taxRounding: "per_line", seats: [3108n, 1378n, 8270n], totals: { subtotal: 15000n, discount: 3800n, tax: 2239n, total: 13439n, carryForward: 0n, creditApplied: 0n, due: 13439n } },
    { taxRounding: "per_invoice", seats: [3108n, 1379n, 8271n], totals: { subtotal: 15000n, discount: 3800n, tax: 2240n, total: 13440n, carryForward: 0n, creditApplied: 0n, due: 13440n } },
  ])("worked example: three coupons on a three-line invoice ($taxRounding)", ({ taxRounding, seats, totals }) => {
    // Example 1
    const result = invoice({
      taxRounding,
      lines: [line("seats", 10000n, VAT20), line("storage", 3333n, VAT20), line("support", 1667n, VAT20)],
      coupons: [
        amountOff("FIVEOFF", 500n),
        { id: "WELCOME10", kind: "percent", percent: "10", duration: "repeating", durationPeriods: 3 },
        { id: "SEATS20", kind: "percent", percent: "20", duration: "once", appliesTo: { lineKeys: ["seats"] } },
      ],
    });
    expect(result.coupons).toEqual([
      { couponId: "SEATS20", discountMinor: 2000n, unusedMinor: 0n },
      { couponId: "WELCOME10", discountMinor: 1300n, unusedMinor: 0n },
      { couponId: "FIVEOFF", discountMinor: 500n, unusedMinor: 0n },
    ]);
    expect(result.lines.map((l) => [l.discountMinor, l.netMinor])).toEqual([
      [3108n, 6892n],
      [461n, 2872n],
      [231n, 1436n],
    ]);
    const [seatsLine] = result.lines;
    expect([seatsLine!.discountMinor, seatsLine!.taxMinor, seatsLine!.totalMinor]).toEqual(seats);
    expect(result.lines.slice(1).map((l) => [l.taxMinor, l.totalMinor])).toEqual([
      [574n, 3446n],
      [287n, 1723n],
    ]);
    expect(headline(result)).toEqual(totals);
  });

  test.each<{ taxRounding: TaxRounding; taxes: bigint[]; tax: bigint; total: bigint }>([
    { taxRounding: "per_line", taxes: [21n, 21n, 21n], tax: 63n, total: 372n },
    { taxRounding: "per_invoice", taxes: [21n, 21n, 20n], tax: 62n, total: 371n },
  ])("worked example: per-line and per-invoice rounding differ by a cent ($taxRounding)", ({ taxRounding, taxes, tax, total }) => {
    // Example 2
    const result = invoice({ taxRounding, lines: [line("a", 103n, VAT20), line("b", 103n, VAT20), line("c", 103n, VAT20)] });
    expect(result.lines.map((l) => l.taxMinor)).toEqual(taxes);
    expect([result.taxMinor, result.totalMinor]).toEqual([tax, total]);
  });

  test("worked example: inclusive VAT", () => {
    // Example 3
    const result = invoice({ currency: "EUR", lines: [line("plan", 11900n, vat("19", true))] });
    expect(result.lines[0]).toMatchObject({ netMinor: 11900n, taxMinor: 1900n, totalMinor: 11900n, taxInclusive: true });
    expect([result.subtotalMinor, result.taxMinor, result.inclusiveTaxMinor, result.totalMinor]).toEqual([11900n, 1900n, 1900n, 11900n]);
    expect(result.taxSummary).toEqual([{ rateId: "vat-19-incl", name: "VAT", percent: "19", inclusive: true, taxableBaseMinor: 10000n, taxMinor: 1900n }]);
  });

  test("worked example: two stacked exclusive rates", () => {
    // Example 4
    const state: TaxRate = { id: "state", name: "State", percent: "6.25", inclusive: false };
    const county: TaxRate = { id: "county", name: "County", percent: "1", inclusive: false };
    const result = invoice({ lines: [line("plan", 8000n, state, county)] });
    expect(result.lines[0]!.taxes).toEqual([
      { rateId: "state", taxMinor: 500n },
      { rateId: "county", taxMinor: 80n },
    ]);
    expect([result.taxMinor, result.totalMinor]).toEqual([580n, 8580n]);
    expect(result.taxSummary.map((entry) => [entry.rateId, entry.taxableBaseMinor, entry.taxMinor])).toEqual([
      ["state", 8000n, 500n],
      ["county", 8000n, 80n],
    ]);
  });

  test("worked example: a proration credit larger than the charge", () => {
    // Example 5
    const result = invoice({ creditBalanceMinor: 1000n, lines: [line("Pro plan, 10 days", 1000n, VAT20), line("Unused Business plan", -3000n, VAT20)] });
    expect(result.lines.map((l) => l.totalMinor)).toEqual([1200n, -3600n]);
    expect(headline(result)).toEqual({ subtotal: -2000n, discount: 0n, tax: -400n, total: 0n, carryForward: 2400n, creditApplied: 0n, due: 0n });
  });

  test("worked example: a credit balance larger than the invoice", () => {
    // Example 6
    const result = invoice({ creditBalanceMinor: 5000n, lines: [line("plan", 3000n, VAT20)] });
    expect(headline(result)).toEqual({ subtotal: 3000n, discount: 0n, tax: 600n, total: 3600n, carryForward: 0n, creditApplied: 3600n, due: 0n });
  });

  test("worked example: a fixed coupon larger than the invoice", () => {
    // Example 7
    const result = invoice({ lines: [line("plan", 3000n, VAT20)], coupons: [amountOff("BIG", 5000n)] });
    expect(result.coupons).toEqual([{ couponId: "BIG", discountMinor: 3000n, unusedMinor: 2000n }]);
    expect(headline(result)).toEqual({ subtotal: 3000n, discount: 3000n, tax: 0n, total: 0n, carryForward: 0n, creditApplied: 0n, due: 0n });
  });

  test.each<{ currency: string; rate: TaxRate; amount: bigint; tax: bigint; base: bigint; total: bigint }>([
    { currency: "JPY", rate: { id: "jct", name: "Consumption tax", percent: "10", inclusive: true }, amount: 1100n, tax: 100n, base: 1000n, total: 1100n },
    { currency: "KWD", rate: { id: "kw", name: "VAT", percent: "5", inclusive: false }, amount: 12345n, tax: 617n, base: 12345n, total: 12962n },
  ])("worked example: zero- and three-decimal currencies ($currency)", ({ currency, rate, amount, tax, base, total }) => {
    // Example 8
    const result = invoice({ currency, lines: [line("plan", amount, rate)] });
    expect([result.taxMinor, result.taxSummary[0]!.taxableBaseMinor, result.totalMinor]).toEqual([tax, base, total]);
  });

  test("worked example: reverse charge", () => {
    // Example 9
    const result = invoice({ currency: "EUR", customer: { taxExempt: false, reverseCharge: true }, lines: [line("consulting", 100000n, vat("19"))] });
    expect(result.lines[0]).toMatchObject({ taxMinor: 0n, totalMinor: 100000n, reverseCharge: true });
    expect(result.taxSummary).toEqual([]);
    expect(result.notes).toEqual(["Reverse charge: VAT to be accounted for by the recipient"]);
  });
});

describe("computeInvoiceTotals", () => {
  test.each<{ name: string; input: Partial<InvoiceTotalsInput> & Pick<InvoiceTotalsInput, "lines">; expected: ReturnType<typeof headline> }>([
    { name: "no lines", input: { lines: [] }, expected: { subtotal: 0n, discount: 0n, tax: 0n, total: 0n, carryForward: 0n, creditApplied: 0n, due: 0n } },
    {
      name: "a credit balance smaller than the invoice",
      input: { lines: [line("plan", 3000n, VAT20)], creditBalanceMinor: 500n },
      expected: { subtotal: 3000n, discount: 0n, tax: 600n, total: 3600n, carryForward: 0n, creditApplied: 500n, due: 3100n },
    },
    {
      name: "an upgrade: the credit is smaller than the new charge",
      input: { lines: [line("new", 3000n, VAT20), line("unused", -1000n, VAT20)] },
      expected: { subtotal: 2000n, discount: 0n, tax: 400n, total: 2400n, carryForward: 0n, creditApplied: 0n, due: 2400n },
    },
    {
      // The coupon empties the charge; the credit is the customer's money and is carried, the coupon is not.
      name: "a fixed coupon and a credit line",
      input: { lines: [line("new", 1000n), line("unused", -800n)], coupons: [amountOff("OFF", 1000n)] },
      expected: { subtotal: 200n, discount: 1000n, tax: 0n, total: 0n, carryForward: 800n, creditApplied: 0n, due: 0n },
    },
    {
      name: "a percent coupon on tax-inclusive prices reduces the tax",
      input: { lines: [line("plan", 12000n, vat("20", true))], coupons: [{ id: "HALF", kind: "percent", percent: "50", duration: "once" }] },
      expected: { subtotal: 12000n, discount: 6000n, tax: 1000n, total: 6000n, carryForward: 0n, creditApplied: 0n, due: 6000n },
    },
    {
      name: "an exempt customer with tax-inclusive prices pays the price",
      input: { lines: [line("plan", 1200n, vat("20", true))], customer: { taxExempt: true, reverseCharge: false } },
      expected: { subtotal: 1200n, discount: 0n, tax: 0n, total: 1200n, carryForward: 0n, creditApplied: 0n, due: 1200n },
    },
    {
      name: "a once coupon in a later period",
      input: { lines: [line("plan", 1000n)], couponPeriodIndex: 1, coupons: [{ id: "FIRST", kind: "percent", percent: "50", duration: "once" }] },
      expected: { subtotal: 1000n, discount: 0n, tax: 0n, total: 1000n, carryForward: 0n, creditApplied: 0n, due: 1000n },
    },
  ])("$name", ({ input, expected }) => {
    expect(headline(invoice(input))).toEqual(expected);
  });

  test("an exempt invoice carries the exemption note", () => {
    expect(invoice({ lines: [line("plan", 1000n, VAT20)], customer: { taxExempt: true, reverseCharge: false } }).notes).toEqual(["Tax exempt: no tax charged"]);
  });

  test.each<{ name: string; input: Partial<InvoiceTotalsInput> & Pick<InvoiceTotalsInput, "lines">; code: string }>([
    { name: "a duplicate line key", input: { lines: [line("a", 1n), line("a", 2n)] }, code: "invalid_invoice_input" },
    { name: "a negative credit balance", input: { lines: [line("a", 1n)], creditBalanceMinor: -1n }, code: "invalid_invoice_input" },
    { name: "a negative coupon period", input: { lines: [line("a", 1n)], couponPeriodIndex: -1 }, code: "invalid_invoice_input" },
    { name: "an unknown currency", input: { lines: [line("a", 1n)], currency: "usd" }, code: "unknown_currency" },
    { name: "a coupon in another currency", input: { lines: [line("a", 1n)], coupons: [amountOff("EUR5", 500n, "EUR")] }, code: "currency_mismatch" },
  ])("rejects $name with $code", ({ input, code }) => {
    expect(() => invoice(input)).toThrow(billingError(code));
  });
});

describe("assertInvoiceReconciles", () => {
  const valid = invoice({
    lines: [line("a", 1000n, VAT20), line("b", 500n, vat("20", true)), line("credit", -200n, VAT20)],
    coupons: [amountOff("OFF", 100n)],
    creditBalanceMinor: 300n,
  });
  const tamper = (change: (totals: InvoiceTotals) => InvoiceTotals) => () => assertInvoiceReconciles(change(structuredClone(valid)));
  const onLine = (change: (l: InvoiceTotals["lines"][number]) => void) => (totals: InvoiceTotals) => {
    change(totals.lines[0]!);
    return totals;
  };

  test("accepts computed totals", () => {
    expect(() => assertInvoiceReconciles(valid)).not.toThrow();
  });

  test.each<{ rule: string; change: (totals: InvoiceTotals) => InvoiceTotals }>([
    { rule: "each line's net is its amount minus its discount", change: onLine((l) => (l.netMinor += 1n)) },
    { rule: "each line's total is its net plus its exclusive tax", change: onLine((l) => (l.totalMinor += 1n)) },
    { rule: "each line's tax is the sum of its per-rate taxes", change: onLine((l) => (l.taxes[0]!.taxMinor += 1n)) },
    { rule: "charges are discounted to no less than zero and credits are not discounted", change: onLine((l) => Object.assign(l, { discountMinor: 1001n, netMinor: -1n, totalMinor: -1n + l.taxMinor })) },
    { rule: "no charge line has a negative tax or total", change: onLine((l) => Object.assign(l, { taxMinor: -2000n, taxes: [{ rateId: "vat-20", taxMinor: -2000n }], totalMinor: l.netMinor - 2000n })) },
    { rule: "subtotal, discount and tax are the sums of the lines", change: (t) => ({ ...t, subtotalMinor: t.subtotalMinor + 1n }) },
    { rule: "inclusive tax is the tax of the inclusive lines", change: (t) => ({ ...t, inclusiveTaxMinor: 0n }) },
    { rule: "subtotal − discount + exclusive tax = Σ line totals", change: (t) => ({ ...t, inclusiveTaxMinor: 0n }) },
    { rule: "the total is Σ line totals floored at 0, the excess carried forward", change: (t) => ({ ...t, totalMinor: t.totalMinor + 1n, amountDueMinor: t.amountDueMinor + 1n }) },
    { rule: "only credit lines are carried forward, never a coupon", change: (t) => ({ ...t, carryForwardCreditMinor: 10n ** 6n }) },
    { rule: "the tax summary reconciles with the lines, rate by rate", change: (t) => ({ ...t, taxSummary: t.taxSummary.slice(1) }) },
    { rule: "the coupons add up to the discount", change: (t) => ({ ...t, coupons: [] }) },
    { rule: "0 ≤ credit applied ≤ total and amount due = total − credit applied", change: (t) => ({ ...t, amountDueMinor: t.amountDueMinor + 1n }) },
    { rule: "0 ≤ credit applied ≤ total and amount due = total − credit applied", change: (t) => ({ ...t, creditAppliedMinor: t.totalMinor + 1n, amountDueMinor: -1n }) },
  ])("detects a broken rule: $rule", ({ rule, change }) => {
    expect(tamper(change)).toThrow(expect.objectContaining({ code: "invoice_invariant_violated", details: { broken: expect.arrayContaining([rule]) } }));
  });
});

describe("computeInvoiceTotals properties", () => {
  const keys = [..."abcdefgh"];
  const exclusiveRates = [VAT20, vat("8.875"), { id: "county", name: "County", percent: "1.5", inclusive: false }];
  const inclusiveRates = [vat("19", true), vat("5.5", true)];
  const lineOf = (amount: fc.Arbitrary<bigint>, rates: fc.Arbitrary<TaxRate[]>) => fc.record({ amountMinor: amount, taxRates: rates });
  const toLines = (drafts: { amountMinor: bigint; taxRates: TaxRate[] }[]) => drafts.map((draft, index) => ({ key: keys[index]!, description: "", ...draft }));

  const coupon: fc.Arbitrary<Coupon> = fc
    .record({
      percent: fc.option(fc.integer({ min: 1, max: 10_000 }).map((hundredths) => (hundredths / 100).toFixed(2)), { nil: undefined }),
      amountMinor: fc.bigInt({ min: 1n, max: 10n ** 7n }),
      duration: fc.constantFrom<Coupon["duration"]>("once", "repeating", "forever"),
      lineKeys: fc.option(fc.subarray(keys, { minLength: 1 }), { nil: undefined }),
      n: fc.nat(),
    })
    .map(({ percent, amountMinor, duration, lineKeys, n }) => ({
      id: `c${n}`,
      ...(percent === undefined ? { kind: "fixed" as const, amountMinor, currency: "USD" } : { kind: "percent" as const, percent }),
      duration,
      ...(duration === "repeating" ? { durationPeriods: 2 } : {}),
      ...(lineKeys ? { appliesTo: { lineKeys } } : {}),
    }));
  const common = {
    coupons: fc.array(coupon, { maxLength: 4 }),
    couponPeriodIndex: fc.nat({ max: 3 }),
    taxRounding: fc.constantFrom<TaxRounding>("per_line", "per_invoice"),
    creditBalanceMinor: fc.bigInt({ min: 0n, max: 10n ** 8n }),
  };

  test("with exclusive tax and no credits: total = Σ line totals = subtotal − discount + tax", () => {
    const lines = fc.array(lineOf(fc.bigInt({ min: 0n, max: 10n ** 8n }), fc.subarray(exclusiveRates)), { maxLength: keys.length }).map(toLines);
    fc.assert(
      fc.property(fc.record({ lines, ...common }), (input) => {
        const totals = computeInvoiceTotals({ ...input, currency: "USD", customer: standard });
        expect(totals.totalMinor).toBe(totals.lines.reduce((total, l) => total + l.totalMinor, 0n));
        expect(totals.totalMinor).toBe(totals.subtotalMinor - totals.discountMinor + totals.taxMinor);
        expect(totals.carryForwardCreditMinor).toBe(0n);
        expect(totals.lines.every((l) => l.totalMinor >= 0n)).toBe(true);
      }),
    );
  });

  test("with credits, inclusive tax and any customer: nothing is negative and only credits are carried", () => {
    const rates = fc.oneof(fc.subarray(exclusiveRates), fc.subarray(inclusiveRates));
    const lines = fc.array(lineOf(fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }), rates), { maxLength: keys.length }).map(toLines);
    const customer = fc.constantFrom(standard, { taxExempt: true, reverseCharge: false }, { taxExempt: false, reverseCharge: true });
    fc.assert(
      fc.property(fc.record({ lines, customer, ...common }), (input) => {
        const totals = computeInvoiceTotals({ ...input, currency: "USD" });
        const credits = totals.lines.filter((l) => l.amountMinor < 0n).reduce((total, l) => total + l.totalMinor, 0n);
        expect(totals.totalMinor >= 0n && totals.amountDueMinor >= 0n && totals.creditAppliedMinor >= 0n).toBe(true);
        expect(totals.carryForwardCreditMinor <= -credits).toBe(true);
        expect(totals.totalMinor - totals.carryForwardCreditMinor).toBe(totals.subtotalMinor - totals.discountMinor + totals.taxMinor - totals.inclusiveTaxMinor);
        expect(totals.amountDueMinor).toBe(totals.totalMinor - (totals.totalMinor < input.creditBalanceMinor ? totals.totalMinor : input.creditBalanceMinor));
      }),
    );
  });
});
