import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Coupon } from "./discounts";
import { assertInvoiceReconciles } from "./invoice-totals";
import { buildInvoiceDraft, type InvoiceDraftInput, type SubscriptionItem, type UsageAggregate } from "./invoicing";
import { periodByIndex, type BillingCycle } from "./periods";
import type { ProrationMode } from "./proration";
import type { TaxRate } from "./tax";
import { paidAmountForPeriod } from "./trial";

const at = (iso: string) => new Date(iso);
const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

// Monthly from Jan 1 2026 (UTC): period 0 = January (31 days), 1 = February (28), 2 = March.
const CYCLE: BillingCycle = { interval: "month", intervalCount: 1, timeZone: "UTC", alignment: "anniversary", anchor: at("2026-01-01T00:00:00Z") };

const PLAN: SubscriptionItem = {
  key: "plan",
  description: "Pro plan",
  charge: { model: "flat", amount: "49.00", currency: "USD" },
  kind: "recurring",
  timing: "in_advance",
};
const SEATS: SubscriptionItem = {
  key: "seats",
  description: "Seats",
  charge: { model: "per_seat", unitPrice: "10", currency: "USD" },
  kind: "recurring",
  timing: "in_advance",
  quantity: "3",
};
// 1 000 free, then 0.01 up to 10 000, then 0.005: 12 000 calls = 0 + 90 + 10 = 100.00.
const API_CALLS: SubscriptionItem = {
  key: "api_calls",
  description: "API calls",
  charge: {
    model: "graduated",
    currency: "USD",
    tiers: [
      { upTo: "1000", unitPrice: "0" },
      { upTo: "10000", unitPrice: "0.01" },
      { upTo: null, unitPrice: "0.005" },
    ],
  },
  kind: "usage",
  timing: "in_arrears",
};
const SETUP: SubscriptionItem = { key: "setup", description: "Setup fee", charge: { model: "flat", amount: "25", currency: "USD" }, kind: "one_time", timing: "in_advance" };
const VAT: TaxRate = { id: "vat-20", name: "VAT", percent: "20", inclusive: false };

function draftInput(overrides: Partial<InvoiceDraftInput> = {}): InvoiceDraftInput {
  return {
    currency: "USD",
    cycle: CYCLE,
    periodIndex: 0,
    prorationMode: "by_day",
    trialEnd: null,
    items: [PLAN],
    usage: [],
    coupons: [],
    couponPeriodIndex: 0,
    taxRatesByItem: {},
    customer: { taxExempt: false, reverseCharge: false },
    ...overrides,
  };
}

/** Builds the invoice on the first instant of the period it opens. */
function build(overrides: Partial<InvoiceDraftInput> = {}) {
  const input = draftInput(overrides);
  return buildInvoiceDraft(input, periodByIndex(input.cycle, input.periodIndex).start);
}

type LineExpectation = { key: string; amountMinor: bigint; periodStart: string; periodEnd: string };
const summary = (overrides: Partial<InvoiceDraftInput>): LineExpectation[] =>
  build(overrides).lines.map(({ key, amountMinor, periodStart, periodEnd }) => ({
    key,
    amountMinor,
    periodStart: periodStart.toISOString(),
    periodEnd: periodEnd.toISOString(),
  }));

const JAN = { periodStart: "2026-01-01T00:00:00.000Z", periodEnd: "2026-02-01T00:00:00.000Z" };
const FEB = { periodStart: "2026-02-01T00:00:00.000Z", periodEnd: "2026-03-01T00:00:00.000Z" };
const USAGE_JAN: UsageAggregate = { itemKey: "api_calls", periodIndex: 0, quantity: "12000" };
const USAGE_FEB: UsageAggregate = { itemKey: "api_calls", periodIndex: 1, quantity: "5000" };

describe("buildInvoiceDraft: which lines an invoice carries", () => {
  test.each<{ name: string; overrides: Partial<InvoiceDraftInput>; expected: LineExpectation[] }>([
    { name: "flat plan in advance, period 0 bills January", overrides: { periodIndex: 0 }, expected: [{ key: "plan", amountMinor: 4900n, ...JAN }] },
    { name: "flat plan in advance, period 1 bills February", overrides: { periodIndex: 1 }, expected: [{ key: "plan", amountMinor: 4900n, ...FEB }] },
    {
      name: "in-arrears usage, graduated tiers: period 1 bills January's usage",
      overrides: { periodIndex: 1, items: [API_CALLS], usage: [USAGE_JAN] },
      expected: [{ key: "api_calls", amountMinor: 10000n, ...JAN }],
    },
    { name: "in-arrears usage: nothing on the invoice of period 0", overrides: { periodIndex: 0, items: [API_CALLS], usage: [USAGE_JAN] }, expected: [] },
    {
      name: "usage of a later period is ignored",
      overrides: { periodIndex: 1, items: [API_CALLS], usage: [USAGE_FEB, USAGE_JAN, { itemKey: "api_calls", periodIndex: 2, quantity: "99999" }] },
      expected: [{ key: "api_calls", amountMinor: 10000n, ...JAN }],
    },
    { name: "usage item without an aggregate bills nothing", overrides: { periodIndex: 1, items: [API_CALLS], usage: [] }, expected: [] },
    {
      name: "in-arrears recurring fee: period 1 bills January",
      overrides: { periodIndex: 1, items: [{ ...PLAN, timing: "in_arrears" }] },
      expected: [{ key: "plan", amountMinor: 4900n, ...JAN }],
    },
    { name: "in-arrears recurring fee: nothing in period 0", overrides: { periodIndex: 0, items: [{ ...PLAN, timing: "in_arrears" }] }, expected: [] },
    { name: "trial covering period 0 → no fee line", overrides: { periodIndex: 0, trialEnd: at("2026-02-01T00:00:00Z") }, expected: [] },
    { name: "trial covering periods 0 and 1 → no fee line in period 1", overrides: { periodIndex: 1, trialEnd: at("2026-03-10T00:00:00Z") }, expected: [] },
    {
      name: "trial ended before period 1 → full fee",
      overrides: { periodIndex: 1, trialEnd: at("2026-01-15T00:00:00Z") },
      expected: [{ key: "plan", amountMinor: 4900n, ...FEB }],
    },
    {
      name: "trial ending Jan 15 → January prorated by_day over 17 of 31 days (2687.1)",
      overrides: { periodIndex: 0, trialEnd: at("2026-01-15T00:00:00Z") },
      expected: [{ key: "plan", amountMinor: 2687n, periodStart: "2026-01-15T00:00:00.000Z", periodEnd: JAN.periodEnd }],
    },
    {
      name: "usage during the trial is billed",
      overrides: { periodIndex: 1, trialEnd: at("2026-02-01T00:00:00Z"), items: [PLAN, API_CALLS], usage: [USAGE_JAN] },
      expected: [
        { key: "plan", amountMinor: 4900n, ...FEB },
        { key: "api_calls", amountMinor: 10000n, ...JAN },
      ],
    },
    {
      name: "seats added Feb 15 12:00, by_day: 14 of 28 days",
      overrides: { periodIndex: 1, items: [{ ...SEATS, activeFrom: at("2026-02-15T12:00:00Z") }] },
      expected: [{ key: "seats", amountMinor: 1500n, periodStart: "2026-02-15T12:00:00.000Z", periodEnd: FEB.periodEnd }],
    },
    {
      name: "seats added Feb 15 12:00, by_second: 13.5 of 28 days (1446.43)",
      overrides: { periodIndex: 1, prorationMode: "by_second", items: [{ ...SEATS, activeFrom: at("2026-02-15T12:00:00Z") }] },
      expected: [{ key: "seats", amountMinor: 1446n, periodStart: "2026-02-15T12:00:00.000Z", periodEnd: FEB.periodEnd }],
    },
    {
      name: "seats added Feb 15, full_period: whole fee",
      overrides: { periodIndex: 1, prorationMode: "full_period", items: [{ ...SEATS, activeFrom: at("2026-02-15T12:00:00Z") }] },
      expected: [{ key: "seats", amountMinor: 3000n, periodStart: "2026-02-15T12:00:00.000Z", periodEnd: FEB.periodEnd }],
    },
    { name: "seats added Feb 15, none: a partial period is free (no line)", overrides: { periodIndex: 1, prorationMode: "none", items: [{ ...SEATS, activeFrom: at("2026-02-15T12:00:00Z") }] }, expected: [] },
    { name: "item added after the period → no line", overrides: { periodIndex: 1, items: [{ ...SEATS, activeFrom: at("2026-03-01T00:00:00Z") }] }, expected: [] },
    {
      name: "in-arrears fee ended Jan 11, by_day: 10 of 31 days",
      overrides: { periodIndex: 1, items: [{ ...PLAN, charge: { model: "flat", amount: "31", currency: "USD" }, timing: "in_arrears", activeUntil: at("2026-01-11T00:00:00Z") }] },
      expected: [{ key: "plan", amountMinor: 1000n, periodStart: JAN.periodStart, periodEnd: "2026-01-11T00:00:00.000Z" }],
    },
    {
      name: "calendar stub from Jan 15: 17 of January's 31 days",
      overrides: { periodIndex: 0, cycle: { ...CYCLE, alignment: "calendar", anchor: at("2026-01-15T00:00:00Z") } },
      expected: [{ key: "plan", amountMinor: 2687n, periodStart: "2026-01-15T00:00:00.000Z", periodEnd: JAN.periodEnd }],
    },
    { name: "one-time fee on the invoice of period 0, even in a trial", overrides: { periodIndex: 0, items: [SETUP], trialEnd: at("2026-02-01T00:00:00Z") }, expected: [{ key: "setup", amountMinor: 2500n, ...JAN }] },
    { name: "one-time fee not billed again in period 1", overrides: { periodIndex: 1, items: [SETUP] }, expected: [] },
  ])("$name", ({ overrides, expected }) => {
    expect(summary(overrides)).toEqual(expected);
  });

  test.each<{ mode: ProrationMode }>([{ mode: "by_day" }, { mode: "by_second" }, { mode: "none" }, { mode: "full_period" }])(
    "a trial ending mid-period bills what paidAmountForPeriod says ($mode)",
    ({ mode }) => {
      const trialEnd = at("2026-01-10T15:30:00Z");
      const expected = paidAmountForPeriod({ amountMinor: 4900n, currency: "USD", period: periodByIndex(CYCLE, 0), trialEnd, mode, timeZone: "UTC" });
      const amounts = build({ periodIndex: 0, prorationMode: mode, trialEnd }).lines.map((line) => line.amountMinor);
      expect(amounts).toEqual(expected === 0n ? [] : [expected]);
    },
  );

  test("a line carries its item, quantity, unprorated amount, rating breakdown and tax rates", () => {
    const draft = build({ periodIndex: 1, items: [{ ...SEATS, activeFrom: at("2026-02-15T00:00:00Z") }, API_CALLS], usage: [USAGE_JAN], taxRatesByItem: { seats: [VAT] } });
    expect(draft).toMatchObject({ currency: "USD", periodIndex: 1, periodStart: at(FEB.periodStart), periodEnd: at(FEB.periodEnd) });
    expect(draft.lines).toEqual([
      {
        key: "seats",
        description: "Seats",
        itemKey: "seats",
        kind: "recurring",
        periodStart: at("2026-02-15T00:00:00Z"),
        periodEnd: at(FEB.periodEnd),
        quantity: "3",
        amountMinor: 1500n,
        unproratedAmountMinor: 3000n,
        breakdown: [expect.objectContaining({ quantity: "3", amount: "30" })],
        taxRates: [VAT],
      },
      expect.objectContaining({ key: "api_calls", itemKey: "api_calls", kind: "usage", quantity: "12000", amountMinor: 10000n, unproratedAmountMinor: 10000n, taxRates: [] }),
    ]);
    expect(draft.lines[1]!.breakdown.map((line) => line.amount)).toEqual(["0", "90", "10"]);
  });

  test("percentage usage is rated on the period's transactions", () => {
    const fees: SubscriptionItem = { key: "fees", description: "Card fees", charge: { model: "percentage", rate: "2", currency: "USD" }, kind: "usage", timing: "in_arrears" };
    const draft = build({ periodIndex: 1, items: [fees], usage: [{ itemKey: "fees", periodIndex: 0, transactions: ["100", "50"] }] });
    expect(draft.lines.map(({ quantity, amountMinor }) => ({ quantity, amountMinor }))).toEqual([{ quantity: "2", amountMinor: 300n }]);
  });
});

describe("buildInvoiceDraft: coupons, tax and totals", () => {
  const items = [PLAN, API_CALLS];
  const base = { periodIndex: 1, items, usage: [USAGE_JAN], taxRatesByItem: { plan: [VAT], api_calls: [VAT] } };
  const tenPercent: Coupon = { id: "TEN", duration: "forever", kind: "percent", percent: "10" };

  test.each<{ name: string; overrides: Partial<InvoiceDraftInput>; expected: Record<string, bigint> }>([
    { name: "no coupon", overrides: {}, expected: { subtotalMinor: 14900n, discountMinor: 0n, taxMinor: 2980n, totalMinor: 17880n, amountDueMinor: 17880n } },
    { name: "10 % coupon then 20 % VAT", overrides: { coupons: [tenPercent] }, expected: { subtotalMinor: 14900n, discountMinor: 1490n, taxMinor: 2682n, totalMinor: 16092n, amountDueMinor: 16092n } },
    {
      name: "coupon restricted to the plan line by item key",
      overrides: { coupons: [{ ...tenPercent, appliesTo: { lineKeys: ["plan"] } }] },
      expected: { subtotalMinor: 14900n, discountMinor: 490n, taxMinor: 2882n, totalMinor: 17292n, amountDueMinor: 17292n },
    },
    {
      name: "once coupon redeemed a period ago no longer applies",
      overrides: { coupons: [{ ...tenPercent, duration: "once" }], couponPeriodIndex: 1 },
      expected: { subtotalMinor: 14900n, discountMinor: 0n, taxMinor: 2980n, totalMinor: 17880n, amountDueMinor: 17880n },
    },
    { name: "reverse-charge customer", overrides: { customer: { taxExempt: false, reverseCharge: true } }, expected: { subtotalMinor: 14900n, discountMinor: 0n, taxMinor: 0n, totalMinor: 14900n, amountDueMinor: 14900n } },
    { name: "credit balance", overrides: { creditBalanceMinor: 5000n }, expected: { subtotalMinor: 14900n, discountMinor: 0n, taxMinor: 2980n, totalMinor: 17880n, amountDueMinor: 12880n } },
  ])("$name", ({ overrides, expected }) => {
    const { totals } = build({ ...base, ...overrides });
    expect(totals).toMatchObject(expected);
    expect(() => assertInvoiceReconciles(totals)).not.toThrow();
  });
});

describe("buildInvoiceDraft: determinism", () => {
  test("the same input twice gives deep-equal invoices, whatever asOf after the period start", () => {
    const input = draftInput({
      periodIndex: 1,
      trialEnd: at("2026-01-20T00:00:00Z"),
      items: [PLAN, { ...SEATS, activeFrom: at("2026-02-10T08:00:00Z") }, API_CALLS],
      usage: [USAGE_JAN, USAGE_FEB],
      coupons: [{ id: "FIVE", duration: "repeating", durationPeriods: 3, kind: "fixed", amountMinor: 500n, currency: "USD" }],
      taxRatesByItem: { plan: [VAT], seats: [VAT] },
    });
    const first = buildInvoiceDraft(input, at("2026-02-01T00:00:00Z"));
    expect(buildInvoiceDraft(input, at("2026-02-01T00:00:00Z"))).toEqual(first);
    expect(buildInvoiceDraft(structuredClone(input), at("2026-02-03T09:00:00Z"))).toEqual(first);
  });

  test("the input is not mutated", () => {
    const input = draftInput({ periodIndex: 1, items: [PLAN, API_CALLS], usage: [USAGE_JAN], taxRatesByItem: { plan: [VAT] } });
    const copy = structuredClone(input);
    buildInvoiceDraft(input, at("2026-02-01T00:00:00Z"));
    expect(input).toEqual(copy);
  });
});

describe("buildInvoiceDraft: invalid input", () => {
  test.each<{ name: string; overrides: Partial<InvoiceDraftInput>; code: string }>([
    { name: "duplicate item key", overrides: { items: [PLAN, PLAN] }, code: "invalid_invoice_input" },
    { name: "usage billed in advance", overrides: { items: [{ ...API_CALLS, timing: "in_advance" }] }, code: "invalid_invoice_input" },
    { name: "one-time fee in arrears", overrides: { items: [{ ...SETUP, timing: "in_arrears" }] }, code: "invalid_invoice_input" },
    { name: "aggregate for an unknown item", overrides: { usage: [{ itemKey: "ghost", periodIndex: 0, quantity: "1" }] }, code: "invalid_invoice_input" },
    { name: "aggregate for a recurring item", overrides: { usage: [{ itemKey: "plan", periodIndex: 0, quantity: "1" }] }, code: "invalid_invoice_input" },
    { name: "two aggregates for one period", overrides: { items: [API_CALLS], usage: [USAGE_JAN, USAGE_JAN] }, code: "invalid_invoice_input" },
    { name: "aggregate with neither quantity nor transactions", overrides: { items: [API_CALLS], usage: [{ itemKey: "api_calls", periodIndex: 0 }] }, code: "invalid_invoice_input" },
    { name: "transactions for a quantity model", overrides: { periodIndex: 1, items: [API_CALLS], usage: [{ itemKey: "api_calls", periodIndex: 0, transactions: ["1"] }] }, code: "invalid_invoice_input" },
    { name: "activeUntil before activeFrom", overrides: { items: [{ ...PLAN, activeFrom: at("2026-01-10T00:00:00Z"), activeUntil: at("2026-01-05T00:00:00Z") }] }, code: "invalid_invoice_input" },
    { name: "item priced in another currency", overrides: { items: [{ ...PLAN, charge: { model: "flat", amount: "49", currency: "EUR" } }] }, code: "currency_mismatch" },
    { name: "negative period index", overrides: { periodIndex: -1 }, code: "invalid_period" },
    { name: "bad seat quantity", overrides: { items: [{ ...SEATS, quantity: "-1" }] }, code: "invalid_rating_input" },
  ])("$name → $code", ({ overrides, code }) => {
    expect(() => buildInvoiceDraft(draftInput(overrides), at("2026-06-01T00:00:00Z"))).toThrow(billingError(code));
  });

  test("an invoice cannot be built before the period it opens has started", () => {
    expect(() => buildInvoiceDraft(draftInput({ periodIndex: 1 }), at("2026-01-31T23:59:59Z"))).toThrow(billingError("invoice_not_due"));
    expect(() => buildInvoiceDraft(draftInput({ periodIndex: 1 }), at("nope"))).toThrow(billingError("invalid_date"));
  });
});

describe("buildInvoiceDraft: properties", () => {
  const decimal = fc.integer({ min: 0, max: 5_000_000 }).map((milli) => (milli / 1000).toFixed(3));
  test("totals.totalMinor is Σ line totals and the invoice reconciles, for random quantities", () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom<ProrationMode>("by_day", "by_second", "none", "full_period"),
        fc.option(fc.integer({ min: 1, max: 100 }).map(String), { nil: undefined }),
        fc.constantFrom("0", "7.5", "20"),
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 50_000n }),
        (seats, calls, addedOnDay, prorationMode, percentOff, vat, inclusive, creditBalanceMinor) => {
          const rate: TaxRate = { id: "vat", name: "VAT", percent: vat, inclusive };
          const { lines, totals } = build({
            periodIndex: 1,
            prorationMode,
            items: [PLAN, { ...SEATS, quantity: seats, activeFrom: at(`2026-02-${String(addedOnDay).padStart(2, "0")}T06:00:00Z`) }, API_CALLS],
            usage: [{ itemKey: "api_calls", periodIndex: 0, quantity: calls }],
            coupons: percentOff === undefined ? [] : [{ id: "OFF", duration: "forever", kind: "percent", percent: percentOff }],
            taxRatesByItem: { plan: [rate], seats: [rate], api_calls: [rate] },
            creditBalanceMinor,
          });
          const linesTotal = totals.lines.reduce((sum, line) => sum + line.totalMinor, 0n);
          expect(totals.totalMinor).toBe(linesTotal);
          expect(totals.lines.map((line) => line.amountMinor)).toEqual(lines.map((line) => line.amountMinor));
          expect(lines.every((line) => line.amountMinor > 0n)).toBe(true);
          expect(() => assertInvoiceReconciles(totals)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});

// docs/pricing.md, "Worked example"
describe("docs/pricing.md", () => {
  test("Worked example: the invoice that opens February", () => {
    const draft = buildInvoiceDraft(
      draftInput({
        periodIndex: 1,
        trialEnd: at("2026-01-15T00:00:00Z"),
        items: [PLAN, { ...SEATS, activeFrom: at("2026-02-15T00:00:00Z") }, API_CALLS, SETUP],
        usage: [USAGE_JAN, USAGE_FEB],
        coupons: [{ id: "LAUNCH10", duration: "repeating", durationPeriods: 3, kind: "percent", percent: "10" }],
        couponPeriodIndex: 1,
        taxRatesByItem: { plan: [VAT], seats: [VAT], api_calls: [VAT] },
        creditBalanceMinor: 2000n,
      }),
      at("2026-02-01T06:00:00Z"),
    );
    expect(draft.lines.map(({ key, amountMinor }) => [key, amountMinor])).toEqual([
      ["plan", 4900n],
      ["seats", 1500n],
      ["api_calls", 10000n],
    ]);
    expect(draft.totals.lines.map(({ key, discountMinor, taxMinor, totalMinor }) => [key, discountMinor, taxMinor, totalMinor])).toEqual([
      ["plan", 490n, 882n, 5292n],
      ["seats", 150n, 270n, 1620n],
      ["api_calls", 1000n, 1800n, 10800n],
    ]);
    expect(draft.totals).toMatchObject({
      subtotalMinor: 16400n,
      discountMinor: 1640n,
      taxMinor: 2952n,
      totalMinor: 17712n,
      creditAppliedMinor: 2000n,
      amountDueMinor: 15712n,
    });
  });
});
