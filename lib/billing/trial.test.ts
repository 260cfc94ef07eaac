import { describe, expect, test } from "vitest";
import { periodAt, periodByIndex, type BillingCycle } from "./periods";
import type { ProrationMode } from "./proration";
import { isInTrial, paidAmountForPeriod, trialCoverage, type TrialCoverage } from "./trial";
import { toLocalDate, zonedMidnight } from "./zoned-time";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });
const at = (iso: string) => new Date(iso);
const APRIL = { start: at("2026-04-01T00:00:00Z"), end: at("2026-05-01T00:00:00Z") };

describe("isInTrial: the trial end is exclusive", () => {
  test.each<{ instant: string; trialEnd: string | null; expected: boolean }>([
    { instant: "2026-04-10T00:00:00Z", trialEnd: null, expected: false },
    { instant: "2026-04-10T00:00:00Z", trialEnd: "2026-04-15T00:00:00Z", expected: true },
    { instant: "2026-04-14T23:59:59.999Z", trialEnd: "2026-04-15T00:00:00Z", expected: true },
    { instant: "2026-04-15T00:00:00Z", trialEnd: "2026-04-15T00:00:00Z", expected: false },
    { instant: "2026-04-20T00:00:00Z", trialEnd: "2026-04-15T00:00:00Z", expected: false },
  ])("$instant with trial end $trialEnd → $expected", ({ instant, trialEnd, expected }) => {
    expect(isInTrial(at(instant), trialEnd === null ? null : at(trialEnd))).toBe(expected);
  });

  test("rejects invalid instants", () => {
    expect(() => isInTrial(at("nope"), null)).toThrow(billingError("invalid_date"));
    expect(() => isInTrial(at("2026-04-10T00:00:00Z"), at("nope"))).toThrow(billingError("invalid_date"));
  });
});

describe("trialCoverage", () => {
  test.each<{ trialEnd: string | null; expected: TrialCoverage }>([
    { trialEnd: null, expected: "paid" },
    { trialEnd: "2026-03-15T00:00:00Z", expected: "paid" },
    { trialEnd: "2026-04-01T00:00:00Z", expected: "paid" },
    { trialEnd: "2026-04-01T00:00:01Z", expected: "partial" },
    { trialEnd: "2026-04-15T00:00:00Z", expected: "partial" },
    { trialEnd: "2026-04-30T23:59:59.999Z", expected: "partial" },
    { trialEnd: "2026-05-01T00:00:00Z", expected: "trial" },
    { trialEnd: "2026-06-01T00:00:00Z", expected: "trial" },
  ])("April with trial end $trialEnd → $expected", ({ trialEnd, expected }) => {
    expect(trialCoverage(APRIL, trialEnd === null ? null : at(trialEnd))).toBe(expected);
  });
});

describe("paidAmountForPeriod", () => {
  // Monthly from Jan 10 2026 09:00 Chicago; a 14-day trial ends at local midnight on Jan 24.
  const cycle: BillingCycle = { interval: "month", intervalCount: 1, timeZone: "America/Chicago", alignment: "anniversary", anchor: at("2026-01-10T09:00:00-06:00") };
  const trialEnd = zonedMidnight({ year: 2026, month: 1, day: 24 }, cycle.timeZone);

  // docs/pricing.md, "Trials"
  test.each<{ mode: ProrationMode; expected: bigint }>([
    { mode: "by_day", expected: 2742n }, // 5000 × 17/31 = 2741.94
    { mode: "by_second", expected: 2776n }, // 5000 × 408 h / 735 h = 2775.51
    { mode: "none", expected: 0n },
    { mode: "full_period", expected: 5000n },
  ])("Example 11 — a trial ending Jan 24 inside Jan 10 – Feb 10 leaves $expected of 50.00 USD due ($mode)", ({ mode, expected }) => {
    expect(trialEnd.toISOString()).toBe("2026-01-24T06:00:00.000Z");
    const first = periodByIndex(cycle, 0);
    expect(trialCoverage(first, trialEnd)).toBe("partial");
    expect(paidAmountForPeriod({ amountMinor: 5000n, currency: "USD", period: first, trialEnd, mode, timeZone: cycle.timeZone })).toBe(expected);
    expect(paidAmountForPeriod({ amountMinor: 5000n, currency: "USD", period: periodByIndex(cycle, 1), trialEnd, mode, timeZone: cycle.timeZone })).toBe(5000n);
  });

  test("a period wholly in trial costs nothing; without a trial it costs the amount", () => {
    const first = periodByIndex(cycle, 0);
    expect(paidAmountForPeriod({ amountMinor: 5000n, currency: "USD", period: first, trialEnd: first.end, mode: "by_day", timeZone: cycle.timeZone })).toBe(0n);
    expect(paidAmountForPeriod({ amountMinor: 5000n, currency: "USD", period: first, trialEnd: null, mode: "by_day", timeZone: cycle.timeZone })).toBe(5000n);
  });

  test("rejects an unknown currency even when nothing is prorated", () => {
    expect(() => paidAmountForPeriod({ amountMinor: 5000n, currency: "EURO", period: APRIL, trialEnd: null, mode: "by_day", timeZone: "UTC" })).toThrow(billingError("unknown_currency"));
  });

  // Lago PR #2244: a trial ending on the billing day must be billed on the right local day.
  // docs/pricing.md, "Trials"
  test.each([
    { timeZone: "Asia/Tokyo", anchor: "2026-01-15T10:00:00+09:00", trialEnd: "2026-02-14T15:00:00Z" },
    { timeZone: "Pacific/Pago_Pago", anchor: "2026-01-15T10:00:00-11:00", trialEnd: "2026-02-15T11:00:00Z" },
    { timeZone: "Pacific/Kiritimati", anchor: "2026-01-15T10:00:00+14:00", trialEnd: "2026-02-14T10:00:00Z" },
  ])("Example 12 — a one-month trial in $timeZone ends exactly at the second period, on local Feb 15", ({ timeZone, anchor, trialEnd }) => {
    const monthly: BillingCycle = { interval: "month", intervalCount: 1, timeZone, alignment: "anniversary", anchor: at(anchor) };
    const end = periodByIndex(monthly, 1).start;
    expect(end).toEqual(at(trialEnd));
    expect(toLocalDate(end, timeZone)).toEqual({ year: 2026, month: 2, day: 15 });
    expect(isInTrial(new Date(end.getTime() - 1), end)).toBe(true);
    expect(isInTrial(end, end)).toBe(false);
    const firstPaid = periodAt(monthly, end);
    expect(firstPaid.index).toBe(1);
    expect(trialCoverage(periodByIndex(monthly, 0), end)).toBe("trial");
    expect(trialCoverage(firstPaid, end)).toBe("paid");
    expect(paidAmountForPeriod({ amountMinor: 5000n, currency: "USD", period: firstPaid, trialEnd: end, mode: "by_second", timeZone })).toBe(5000n);
  });
});
