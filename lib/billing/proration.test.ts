import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Dec } from "./decimal";
import { addDays, toEpochDay, type LocalDate } from "./local-date";
import { prorateAmount, prorateChange, prorationFraction, type ProrationMode, type ProrationPeriod } from "./proration";
import { zonedMidnight } from "./zoned-time";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });
const at = (iso: string) => new Date(iso);
const span = (start: string, end: string): ProrationPeriod => ({ start: at(start), end: at(end) });
const MODES: ProrationMode[] = ["by_second", "by_day", "none", "full_period"];

// Periods used below, with their lengths in the billing zone.
const APRIL_NY = span("2026-04-01T04:00:00Z", "2026-05-01T04:00:00Z"); // 30 days, 720 h
const MARCH_NY = span("2026-03-01T05:00:00Z", "2026-04-01T04:00:00Z"); // 31 days, 743 h (spring forward Mar 8)
const NOVEMBER_NY = span("2026-11-01T04:00:00Z", "2026-12-01T05:00:00Z"); // 30 days, 721 h (fall back Nov 1)
const FEB_2028_UTC = span("2028-02-01T00:00:00Z", "2028-03-01T00:00:00Z"); // 29 days
const FEB_2027_UTC = span("2027-02-01T00:00:00Z", "2027-03-01T00:00:00Z"); // 28 days
// Monthly from Jan 31 2028 10:00 New York: period 0 starts at the anchor, period 1 is Feb 29 – Mar 31 (DST on Mar 12).
const FIRST_FROM_JAN_31 = span("2028-01-31T15:00:00Z", "2028-02-29T05:00:00Z"); // 29 local days, 686 h
const SECOND_FROM_JAN_31 = span("2028-02-29T05:00:00Z", "2028-03-31T04:00:00Z"); // 31 days, 743 h
// Calendar stub of Example 4, prorated over its nominal period Mar 1 – Apr 1 (Paris, 743 h).
const MARCH_PARIS = span("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z");

type FractionRow = { name: string; period: ProrationPeriod; from: string; to: string; timeZone: string; expected: Partial<Record<ProrationMode, [number, number]>> };

describe("prorationFraction", () => {
  test.each<FractionRow>([
    { name: "second half of a 30-day April", period: APRIL_NY, from: "2026-04-16T04:00:00Z", to: "2026-05-01T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [1, 2], by_day: [1, 2], none: [0, 1], full_period: [1, 1] } },
    { name: "from Apr 15 00:00 (day 15 onwards)", period: APRIL_NY, from: "2026-04-15T04:00:00Z", to: "2026-05-01T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [8, 15], by_day: [8, 15] } },
    { name: "from Apr 15 15:00: by_day counts Apr 15 whole", period: APRIL_NY, from: "2026-04-15T19:00:00Z", to: "2026-05-01T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [41, 80], by_day: [8, 15] } },
    { name: "until Apr 20 15:00: by_day leaves Apr 20 out", period: APRIL_NY, from: "2026-04-01T04:00:00Z", to: "2026-04-20T19:00:00Z", timeZone: "America/New_York", expected: { by_second: [157, 240], by_day: [19, 30], none: [0, 1], full_period: [1, 1] } },
    { name: "March from the 23-hour Mar 8", period: MARCH_NY, from: "2026-03-08T05:00:00Z", to: "2026-04-01T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [575, 743], by_day: [24, 31] } },
    { name: "March up to Mar 9", period: MARCH_NY, from: "2026-03-01T05:00:00Z", to: "2026-03-09T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [191, 743], by_day: [8, 31] } },
    { name: "the 23-hour day alone", period: MARCH_NY, from: "2026-03-08T05:00:00Z", to: "2026-03-09T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [23, 743], by_day: [1, 31] } },
    { name: "the 25-hour day alone", period: NOVEMBER_NY, from: "2026-11-01T04:00:00Z", to: "2026-11-02T05:00:00Z", timeZone: "America/New_York", expected: { by_second: [25, 721], by_day: [1, 30] } },
    { name: "the whole period", period: MARCH_NY, from: "2026-03-01T05:00:00Z", to: "2026-04-01T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [1, 1], by_day: [1, 1], none: [1, 1], full_period: [1, 1] } },
    { name: "more than the period is clamped", period: MARCH_NY, from: "2026-01-01T00:00:00Z", to: "2026-06-01T00:00:00Z", timeZone: "America/New_York", expected: { by_second: [1, 1], by_day: [1, 1], none: [1, 1], full_period: [1, 1] } },
    { name: "an empty segment", period: MARCH_NY, from: "2026-03-10T12:00:00Z", to: "2026-03-10T12:00:00Z", timeZone: "America/New_York", expected: { by_second: [0, 1], by_day: [0, 1], none: [0, 1], full_period: [0, 1] } },
    { name: "a segment after the period", period: MARCH_NY, from: "2026-04-01T04:00:00Z", to: "2026-04-10T00:00:00Z", timeZone: "America/New_York", expected: { by_second: [0, 1], by_day: [0, 1], none: [0, 1], full_period: [0, 1] } },
    { name: "hours inside one local day", period: APRIL_NY, from: "2026-04-10T14:00:00Z", to: "2026-04-10T20:00:00Z", timeZone: "America/New_York", expected: { by_second: [1, 120], by_day: [0, 1], none: [0, 1], full_period: [1, 1] } },
    { name: "leap February from the 15th", period: FEB_2028_UTC, from: "2028-02-15T00:00:00Z", to: "2028-03-01T00:00:00Z", timeZone: "UTC", expected: { by_second: [15, 29], by_day: [15, 29] } },
    { name: "common February from the 15th", period: FEB_2027_UTC, from: "2027-02-15T00:00:00Z", to: "2027-03-01T00:00:00Z", timeZone: "UTC", expected: { by_second: [1, 2], by_day: [1, 2] } },
    { name: "first period from a Jan 31 10:00 anchor", period: FIRST_FROM_JAN_31, from: "2028-02-14T05:00:00Z", to: "2028-02-29T05:00:00Z", timeZone: "America/New_York", expected: { by_second: [180, 343], by_day: [15, 29] } },
    { name: "month-end period Feb 29 – Mar 31 from Mar 16", period: SECOND_FROM_JAN_31, from: "2028-03-16T04:00:00Z", to: "2028-03-31T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [360, 743], by_day: [15, 31] } },
    { name: "a calendar stub over its nominal month", period: MARCH_PARIS, from: "2026-03-15T13:00:00Z", to: "2026-03-31T22:00:00Z", timeZone: "Europe/Paris", expected: { by_second: [393, 743], by_day: [17, 31] } },
    { name: "milliseconds are truncated to the second", period: APRIL_NY, from: "2026-04-16T04:00:00.999Z", to: "2026-05-01T04:00:00Z", timeZone: "America/New_York", expected: { by_second: [1, 2] } },
    { name: "the 23.5-hour Lord Howe day", period: span("2026-09-30T13:30:00Z", "2026-10-31T13:00:00Z"), from: "2026-10-03T13:30:00Z", to: "2026-10-04T13:00:00Z", timeZone: "Australia/Lord_Howe", expected: { by_second: [47, 1487], by_day: [1, 31] } },
    { name: "the Santiago day that starts at 01:00", period: span("2026-09-01T04:00:00Z", "2026-10-01T03:00:00Z"), from: "2026-09-06T04:00:00Z", to: "2026-09-07T03:00:00Z", timeZone: "America/Santiago", expected: { by_second: [23, 719], by_day: [1, 30] } },
  ])("$name", ({ period, from, to, timeZone, expected }) => {
    for (const [mode, [numerator, denominator]] of Object.entries(expected) as [ProrationMode, [number, number]][]) {
      expect(prorationFraction({ period, from: at(from), to: at(to), mode, timeZone }), mode).toEqual({ numerator: BigInt(numerator), denominator: BigInt(denominator) });
    }
  });

  test.each<{ name: string; period: ProrationPeriod; from: string; to: string; mode: ProrationMode; timeZone: string; code: string }>([
    { name: "a period ending at its start", period: span("2026-04-01T04:00:00Z", "2026-04-01T04:00:00Z"), from: "2026-04-01T04:00:00Z", to: "2026-04-01T04:00:00Z", mode: "by_second", timeZone: "UTC", code: "invalid_period" },
    { name: "a period ending before its start", period: span("2026-05-01T04:00:00Z", "2026-04-01T04:00:00Z"), from: "2026-04-10T00:00:00Z", to: "2026-04-11T00:00:00Z", mode: "by_second", timeZone: "UTC", code: "invalid_period" },
    { name: "a by_day period inside one local day", period: span("2026-04-01T10:00:00Z", "2026-04-01T12:00:00Z"), from: "2026-04-01T10:00:00Z", to: "2026-04-01T11:00:00Z", mode: "by_day", timeZone: "UTC", code: "invalid_period" },
    { name: "to before from", period: APRIL_NY, from: "2026-04-11T00:00:00Z", to: "2026-04-10T00:00:00Z", mode: "by_second", timeZone: "UTC", code: "invalid_period" },
    { name: "an unknown mode", period: APRIL_NY, from: "2026-04-10T00:00:00Z", to: "2026-04-11T00:00:00Z", mode: "by_hour" as ProrationMode, timeZone: "UTC", code: "invalid_period" },
    { name: "an unknown zone", period: APRIL_NY, from: "2026-04-10T00:00:00Z", to: "2026-04-11T00:00:00Z", mode: "by_day", timeZone: "Moon/Tranquility", code: "invalid_time_zone" },
    { name: "an invalid instant", period: APRIL_NY, from: "not a date", to: "2026-04-11T00:00:00Z", mode: "by_second", timeZone: "UTC", code: "invalid_date" },
  ])("rejects $name with $code", ({ period, from, to, mode, timeZone, code }) => {
    expect(() => prorationFraction({ period, from: at(from), to: at(to), mode, timeZone })).toThrow(billingError(code));
  });
});

describe("prorateAmount", () => {
  test.each<{ name: string; amountMinor: bigint; currency: string; period: ProrationPeriod; from: string; to: string; mode: ProrationMode; timeZone: string; expected: bigint }>([
    { name: "mid-period start on Apr 20 15:00, by_second", amountMinor: 5000n, currency: "USD", period: APRIL_NY, from: "2026-04-20T19:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_second", timeZone: "America/New_York", expected: 1729n }, // 5000 × 249/720 = 1729.17
    { name: "mid-period start on Apr 20 15:00, by_day", amountMinor: 5000n, currency: "USD", period: APRIL_NY, from: "2026-04-20T19:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_day", timeZone: "America/New_York", expected: 1833n }, // 5000 × 11/30 = 1833.33
    { name: "cancellation credit: the unused days from Apr 20", amountMinor: -5000n, currency: "USD", period: APRIL_NY, from: "2026-04-20T19:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_day", timeZone: "America/New_York", expected: -1833n },
    { name: "mid-period start with none is free", amountMinor: 5000n, currency: "USD", period: APRIL_NY, from: "2026-04-20T19:00:00Z", to: "2026-05-01T04:00:00Z", mode: "none", timeZone: "America/New_York", expected: 0n },
    { name: "mid-period start with full_period pays the period", amountMinor: 5000n, currency: "USD", period: APRIL_NY, from: "2026-04-20T19:00:00Z", to: "2026-05-01T04:00:00Z", mode: "full_period", timeZone: "America/New_York", expected: 5000n },
    { name: "a tie rounds up: 1 × ½", amountMinor: 1n, currency: "USD", period: APRIL_NY, from: "2026-04-16T04:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_day", timeZone: "America/New_York", expected: 1n },
    { name: "a tie rounds up: 5 × ½ (half-even would give 2)", amountMinor: 5n, currency: "USD", period: APRIL_NY, from: "2026-04-16T04:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_day", timeZone: "America/New_York", expected: 3n },
    { name: "a negative tie rounds away from zero: −3 × ½", amountMinor: -3n, currency: "USD", period: APRIL_NY, from: "2026-04-16T04:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_day", timeZone: "America/New_York", expected: -2n },
    { name: "just above a tie rounds up: 1 × 8/15", amountMinor: 1n, currency: "USD", period: APRIL_NY, from: "2026-04-15T04:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_day", timeZone: "America/New_York", expected: 1n },
    { name: "just below a tie rounds down: 59 × 1/120", amountMinor: 59n, currency: "USD", period: APRIL_NY, from: "2026-04-10T14:00:00Z", to: "2026-04-10T20:00:00Z", mode: "by_second", timeZone: "America/New_York", expected: 0n },
    { name: "a tie of 6 hours rounds up: 60 × 1/120", amountMinor: 60n, currency: "USD", period: APRIL_NY, from: "2026-04-10T14:00:00Z", to: "2026-04-10T20:00:00Z", mode: "by_second", timeZone: "America/New_York", expected: 1n },
    { name: "zero stays zero", amountMinor: 0n, currency: "USD", period: APRIL_NY, from: "2026-04-15T04:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_second", timeZone: "America/New_York", expected: 0n },
    { name: "JPY: yen are the minor unit", amountMinor: 1000n, currency: "JPY", period: span("2025-12-31T15:00:00Z", "2026-01-31T15:00:00Z"), from: "2026-01-21T15:00:00Z", to: "2026-01-31T15:00:00Z", mode: "by_day", timeZone: "Asia/Tokyo", expected: 323n }, // 322.58
    { name: "KWD: fils are the minor unit", amountMinor: 12500n, currency: "KWD", period: span("2026-03-31T21:00:00Z", "2026-04-30T21:00:00Z"), from: "2026-04-14T21:00:00Z", to: "2026-04-30T21:00:00Z", mode: "by_day", timeZone: "Asia/Kuwait", expected: 6667n }, // 6666.67
    { name: "beyond 2^64 stays exact", amountMinor: 10n ** 40n + 1n, currency: "USD", period: APRIL_NY, from: "2026-04-16T04:00:00Z", to: "2026-05-01T04:00:00Z", mode: "by_second", timeZone: "UTC", expected: 5n * 10n ** 39n + 1n },
    { name: "beyond Dec's 50 digits stays exact", amountMinor: 10n ** 60n, currency: "USD", period: MARCH_NY, from: "2026-03-08T05:00:00Z", to: "2026-04-01T04:00:00Z", mode: "by_second", timeZone: "UTC", expected: (10n ** 60n * 575n * 2n + 743n) / (2n * 743n) },
  ])("$name → $expected", ({ amountMinor, currency, period, from, to, mode, timeZone, expected }) => {
    expect(prorateAmount({ amountMinor, currency, period, from: at(from), to: at(to), mode, timeZone })).toBe(expected);
  });

  // docs/pricing.md, "Calendar alignment"
  test("Example 4 — the Paris stub Mar 15 14:00 – Apr 1 of a 30.00 EUR month costs 16.45 EUR by_day, 15.87 EUR by_second", () => {
    const stub = { from: at("2026-03-15T13:00:00Z"), to: MARCH_PARIS.end, period: MARCH_PARIS, currency: "EUR", amountMinor: 3000n, timeZone: "Europe/Paris" };
    expect(prorateAmount({ ...stub, mode: "by_day" })).toBe(1645n); // 3000 × 17/31 = 1645.16
    expect(prorateAmount({ ...stub, mode: "by_second" })).toBe(1587n); // 3000 × 393/743 = 1586.81
  });

  test("rejects an unknown currency", () => {
    expect(() => prorateAmount({ amountMinor: 100n, currency: "XXX", period: APRIL_NY, from: APRIL_NY.start, to: APRIL_NY.end, mode: "by_day", timeZone: "UTC" })).toThrow(billingError("unknown_currency"));
  });
});

type ChangeRow = { name: string; period: ProrationPeriod; changeAt: string; oldAmountMinor: bigint; newAmountMinor: bigint; currency: string; mode: ProrationMode; timeZone: string; credit: bigint; charge: bigint; net: bigint };

describe("prorateChange", () => {
  const NY = "America/New_York";
  test.each<ChangeRow>([
    // docs/pricing.md, "A price change" (Examples 7–9)
    { name: "Example 7 — prorates an upgrade on day 15 of a 30-day period", period: APRIL_NY, changeAt: "2026-04-15T04:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "by_day", timeZone: NY, credit: -1600n, charge: 3200n, net: 1600n },
    { name: "Example 7 — the same upgrade by_second", period: APRIL_NY, changeAt: "2026-04-15T04:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "by_second", timeZone: NY, credit: -1600n, charge: 3200n, net: 1600n },
    { name: "Example 7 — the mirror downgrade", period: APRIL_NY, changeAt: "2026-04-15T04:00:00Z", oldAmountMinor: 6000n, newAmountMinor: 3000n, currency: "USD", mode: "by_day", timeZone: NY, credit: -3200n, charge: 1600n, net: -1600n },
    { name: "Example 8 — the charge absorbs the rounding", period: APRIL_NY, changeAt: "2026-04-16T04:00:00Z", oldAmountMinor: 999n, newAmountMinor: 2000n, currency: "USD", mode: "by_day", timeZone: NY, credit: -500n, charge: 1001n, net: 501n },
    { name: "Example 9 — JPY 1000 → 3000 with 10 of 31 days left", period: span("2025-12-31T15:00:00Z", "2026-01-31T15:00:00Z"), changeAt: "2026-01-21T15:00:00Z", oldAmountMinor: 1000n, newAmountMinor: 3000n, currency: "JPY", mode: "by_day", timeZone: "Asia/Tokyo", credit: -323n, charge: 968n, net: 645n },
    { name: "Example 9 — KWD 12.500 → 20.750 with 16 of 30 days left", period: span("2026-03-31T21:00:00Z", "2026-04-30T21:00:00Z"), changeAt: "2026-04-14T21:00:00Z", oldAmountMinor: 12500n, newAmountMinor: 20750n, currency: "KWD", mode: "by_day", timeZone: "Asia/Kuwait", credit: -6667n, charge: 11067n, net: 4400n },
    // docs/pricing.md, "The proration fraction" (Example 6)
    { name: "Example 6 — March in New York from Mar 8, by_second (743-hour month)", period: MARCH_NY, changeAt: "2026-03-08T05:00:00Z", oldAmountMinor: 3100n, newAmountMinor: 6200n, currency: "USD", mode: "by_second", timeZone: NY, credit: -2399n, charge: 4798n, net: 2399n },
    { name: "Example 6 — March in New York from Mar 8, by_day", period: MARCH_NY, changeAt: "2026-03-08T05:00:00Z", oldAmountMinor: 3100n, newAmountMinor: 6200n, currency: "USD", mode: "by_day", timeZone: NY, credit: -2400n, charge: 4800n, net: 2400n },
    // boundaries
    { name: "a change at the period start credits the whole old price", period: APRIL_NY, changeAt: "2026-04-01T04:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "by_second", timeZone: NY, credit: -3000n, charge: 6000n, net: 3000n },
    { name: "a change at the period end moves nothing", period: APRIL_NY, changeAt: "2026-05-01T04:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "by_second", timeZone: NY, credit: 0n, charge: 0n, net: 0n },
    { name: "one second before the end, by_day, is the last day", period: APRIL_NY, changeAt: "2026-05-01T03:59:59Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "by_day", timeZone: NY, credit: -100n, charge: 200n, net: 100n },
    // month ends and leap years
    { name: "leap February from the 15th", period: FEB_2028_UTC, changeAt: "2028-02-15T00:00:00Z", oldAmountMinor: 2900n, newAmountMinor: 5800n, currency: "USD", mode: "by_day", timeZone: "UTC", credit: -1500n, charge: 3000n, net: 1500n },
    { name: "common February from the 15th", period: FEB_2027_UTC, changeAt: "2027-02-15T00:00:00Z", oldAmountMinor: 2800n, newAmountMinor: 5600n, currency: "USD", mode: "by_day", timeZone: "UTC", credit: -1400n, charge: 2800n, net: 1400n },
    { name: "Feb 29 – Mar 31 period of a Jan 31 anchor, by_day", period: SECOND_FROM_JAN_31, changeAt: "2028-03-16T04:00:00Z", oldAmountMinor: 3100n, newAmountMinor: 6200n, currency: "USD", mode: "by_day", timeZone: NY, credit: -1500n, charge: 3000n, net: 1500n },
    { name: "Feb 29 – Mar 31 period of a Jan 31 anchor, by_second", period: SECOND_FROM_JAN_31, changeAt: "2028-03-16T04:00:00Z", oldAmountMinor: 3100n, newAmountMinor: 6200n, currency: "USD", mode: "by_second", timeZone: NY, credit: -1502n, charge: 3004n, net: 1502n },
    // docs/pricing.md, "none and full_period" (Example 10)
    { name: "Example 10 — none: a mid-period change moves no money", period: APRIL_NY, changeAt: "2026-04-15T04:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "none", timeZone: NY, credit: 0n, charge: 0n, net: 0n },
    { name: "Example 10 — none: a change at the period start replaces the whole period", period: APRIL_NY, changeAt: "2026-04-01T04:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "none", timeZone: NY, credit: -3000n, charge: 6000n, net: 3000n },
    { name: "Example 10 — full_period: credit the whole old price, charge the whole new one", period: APRIL_NY, changeAt: "2026-04-29T12:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "full_period", timeZone: NY, credit: -3000n, charge: 6000n, net: 3000n },
    { name: "full_period at the period end moves nothing", period: APRIL_NY, changeAt: "2026-05-01T04:00:00Z", oldAmountMinor: 3000n, newAmountMinor: 6000n, currency: "USD", mode: "full_period", timeZone: NY, credit: 0n, charge: 0n, net: 0n },
    // Kill Bill #877: a $0 → $3 plan change on the same day is an ordinary change
    { name: "from a free plan", period: APRIL_NY, changeAt: "2026-04-15T14:00:00Z", oldAmountMinor: 0n, newAmountMinor: 300n, currency: "USD", mode: "by_day", timeZone: NY, credit: 0n, charge: 160n, net: 160n },
    { name: "to a free plan", period: APRIL_NY, changeAt: "2026-04-15T20:00:00Z", oldAmountMinor: 300n, newAmountMinor: 0n, currency: "USD", mode: "by_day", timeZone: NY, credit: -160n, charge: 0n, net: -160n },
    { name: "a quantity change with the same price", period: APRIL_NY, changeAt: "2026-04-15T20:00:00Z", oldAmountMinor: 4500n, newAmountMinor: 4500n, currency: "USD", mode: "by_second", timeZone: NY, credit: -2300n, charge: 2300n, net: 0n },
  ])("$name", ({ period, changeAt, oldAmountMinor, newAmountMinor, currency, mode, timeZone, credit, charge, net }) => {
    expect(prorateChange({ period, changeAt: at(changeAt), oldAmountMinor, newAmountMinor, currency, mode, timeZone })).toEqual({ creditMinor: credit, chargeMinor: charge, netMinor: net });
  });

  const change = (changeAt: string, oldAmountMinor: bigint, newAmountMinor: bigint, mode: ProrationMode) =>
    prorateChange({ period: APRIL_NY, changeAt: at(changeAt), oldAmountMinor, newAmountMinor, currency: "USD", mode, timeZone: "America/New_York" });

  test.each<{ mode: ProrationMode; upgradeAt: string; downgradeAt: string; net: bigint }>([
    { mode: "by_day", upgradeAt: "2026-04-15T14:00:00Z", downgradeAt: "2026-04-15T20:00:00Z", net: 0n }, // 10:00 and 16:00 on the same local day
    { mode: "by_day", upgradeAt: "2026-04-15T04:00:00Z", downgradeAt: "2026-04-16T03:59:59Z", net: 0n }, // first and last second of the day
    { mode: "by_second", upgradeAt: "2026-04-15T14:00:00.000Z", downgradeAt: "2026-04-15T14:00:00.999Z", net: 0n }, // same second
    { mode: "by_second", upgradeAt: "2026-04-15T14:00:00Z", downgradeAt: "2026-04-15T20:00:00Z", net: 25n }, // 6 h at +30.00 per 720 h
    { mode: "none", upgradeAt: "2026-04-15T14:00:00Z", downgradeAt: "2026-04-15T20:00:00Z", net: 0n },
    { mode: "full_period", upgradeAt: "2026-04-15T14:00:00Z", downgradeAt: "2026-04-15T20:00:00Z", net: 0n },
  ])("upgrade then downgrade the same day, $mode: the nets sum to $net", ({ mode, upgradeAt, downgradeAt, net }) => {
    const up = change(upgradeAt, 3000n, 6000n, mode);
    const down = change(downgradeAt, 6000n, 3000n, mode);
    expect(up.netMinor + down.netMinor).toBe(net);
  });

  test.each<{ name: string; changeAt: string; oldAmountMinor: bigint; newAmountMinor: bigint; currency: string; code: string }>([
    { name: "a change before the period", changeAt: "2026-04-01T03:59:59Z", oldAmountMinor: 1n, newAmountMinor: 2n, currency: "USD", code: "invalid_period" },
    { name: "a change after the period", changeAt: "2026-05-01T04:00:01Z", oldAmountMinor: 1n, newAmountMinor: 2n, currency: "USD", code: "invalid_period" },
    { name: "an invalid change instant", changeAt: "garbage", oldAmountMinor: 1n, newAmountMinor: 2n, currency: "USD", code: "invalid_date" },
    { name: "a negative old price", changeAt: "2026-04-10T00:00:00Z", oldAmountMinor: -1n, newAmountMinor: 2n, currency: "USD", code: "invalid_amount" },
    { name: "a negative new price", changeAt: "2026-04-10T00:00:00Z", oldAmountMinor: 1n, newAmountMinor: -2n, currency: "USD", code: "invalid_amount" },
    { name: "an unknown currency", changeAt: "2026-04-10T00:00:00Z", oldAmountMinor: 1n, newAmountMinor: 2n, currency: "usd", code: "unknown_currency" },
  ])("rejects $name with $code", ({ changeAt, oldAmountMinor, newAmountMinor, currency, code }) => {
    expect(() => prorateChange({ period: APRIL_NY, changeAt: at(changeAt), oldAmountMinor, newAmountMinor, currency, mode: "by_second", timeZone: "UTC" })).toThrow(billingError(code));
  });
});

describe("proration properties", () => {
  const zone = fc.constantFrom("UTC", "America/New_York", "Europe/Paris", "Australia/Lord_Howe", "America/Santiago", "Asia/Beirut", "Pacific/Kiritimati", "Pacific/Pago_Pago");
  const startDay = fc.integer({ min: toEpochDay({ year: 2020, month: 1, day: 1 }), max: toEpochDay({ year: 2035, month: 1, day: 1 }) });
  // A period between local midnights, 1 to 400 days long; `a` and `b` pick instants inside it.
  const scenario = fc
    .record({ timeZone: zone, startDay, days: fc.integer({ min: 1, max: 400 }), a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ timeZone, startDay: day, days, a, b }) => {
      const first: LocalDate = addDays({ year: 1970, month: 1, day: 1 }, day);
      const period = { start: zonedMidnight(first, timeZone), end: zonedMidnight(addDays(first, days), timeZone) };
      const length = period.end.getTime() - period.start.getTime();
      const inside = (share: number) => new Date(period.start.getTime() + Math.floor(share * length));
      const [x, y] = [inside(a), inside(b)].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date];
      return { timeZone, period, x, y };
    });
  const mode = fc.constantFrom(...MODES);
  const price = fc.bigInt({ min: 0n, max: 10n ** 12n });
  const currency = fc.constantFrom("USD", "JPY", "KWD");

  test("the fraction is reduced and lies in [0, 1]", () => {
    fc.assert(
      fc.property(scenario, mode, ({ timeZone, period, x, y }, m) => {
        const { numerator, denominator } = prorationFraction({ period, from: x, to: y, mode: m, timeZone });
        expect(denominator > 0n && numerator >= 0n && numerator <= denominator).toBe(true);
        let [p, q] = [numerator, denominator];
        while (q) [p, q] = [q, p % q];
        expect(p).toBe(1n);
      }),
      { numRuns: 300 },
    );
  });

  test("by_second and by_day split a period into parts that sum to exactly 1", () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom<ProrationMode>("by_second", "by_day"), ({ timeZone, period, x }, m) => {
        const before = prorationFraction({ period, from: period.start, to: x, mode: m, timeZone });
        const after = prorationFraction({ period, from: x, to: period.end, mode: m, timeZone });
        expect(before.numerator * after.denominator + after.numerator * before.denominator).toBe(before.denominator * after.denominator);
      }),
      { numRuns: 300 },
    );
  });

  test("credit + charge = net, credit ≤ 0 ≤ charge, the credit is a cancellation's, and net is within ½ of exact", () => {
    fc.assert(
      fc.property(scenario, mode, price, price, currency, ({ timeZone, period, x }, m, oldAmountMinor, newAmountMinor, c) => {
        const result = prorateChange({ period, changeAt: x, oldAmountMinor, newAmountMinor, currency: c, mode: m, timeZone });
        expect(result.creditMinor + result.chargeMinor).toBe(result.netMinor);
        expect(result.creditMinor <= 0n && result.chargeMinor >= 0n).toBe(true);
        expect(result.creditMinor).toBe(-prorateAmount({ amountMinor: oldAmountMinor, currency: c, period, from: x, to: period.end, mode: m, timeZone }));
        const { numerator, denominator } = prorationFraction({ period, from: x, to: period.end, mode: m, timeZone });
        const exact = new Dec(((newAmountMinor - oldAmountMinor) * numerator).toString()).div(denominator.toString());
        expect(exact.minus(result.netMinor.toString()).abs().lte("0.5")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("an upgrade undone within the same second nets exactly to zero", () => {
    fc.assert(
      fc.property(scenario, mode, price, price, currency, fc.nat({ max: 999 }), ({ timeZone, period, x }, m, a, b, c, later) => {
        const undoAt = new Date(Math.min(x.getTime() - (x.getTime() % 1000) + later, period.end.getTime()));
        const up = prorateChange({ period, changeAt: x, oldAmountMinor: a, newAmountMinor: b, currency: c, mode: m, timeZone });
        const down = prorateChange({ period, changeAt: undoAt, oldAmountMinor: b, newAmountMinor: a, currency: c, mode: m, timeZone });
        expect(up.netMinor + down.netMinor).toBe(0n);
      }),
      { numRuns: 300 },
    );
  });

  test("a later change never moves more money", () => {
    fc.assert(
      fc.property(scenario, mode, price, price, ({ timeZone, period, x, y }, m, a, b) => {
        const early = prorateChange({ period, changeAt: x, oldAmountMinor: a, newAmountMinor: b, currency: "USD", mode: m, timeZone });
        const late = prorateChange({ period, changeAt: y, oldAmountMinor: a, newAmountMinor: b, currency: "USD", mode: m, timeZone });
        expect(-late.creditMinor <= -early.creditMinor && late.chargeMinor <= early.chargeMinor + 1n).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
