import fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import { daysInMonth, type LocalDate } from "./local-date";
import { periodAt, periodByIndex, periodsBetween, type BillingCycle, type BillingInterval, type BillingPeriod } from "./periods";
import { toLocalDate, zonedMidnight } from "./zoned-time";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });
const HOUR = 3_600_000;

const cycleOf = (overrides: Partial<Omit<BillingCycle, "anchor">> & { anchor: string }): BillingCycle => ({
  interval: "month",
  intervalCount: 1,
  timeZone: "UTC",
  alignment: "anniversary",
  ...overrides,
  anchor: new Date(overrides.anchor),
});
const format = ({ year, month, day }: LocalDate) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const localDay = (instant: Date, timeZone: string) => format(toLocalDate(instant, timeZone));
const d = (text: string): LocalDate => {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day };
};

/** Local dates on which periods 0 … n−1 end, checking on the way that periods are contiguous and end at local midnight. */
function endDates(cycle: BillingCycle, n: number): string[] {
  let start = cycle.anchor;
  return Array.from({ length: n }, (_, index) => {
    const period = periodByIndex(cycle, index);
    expect(period.index).toBe(index);
    expect(period.start).toEqual(start);
    expect(period.end).toEqual(zonedMidnight(toLocalDate(period.end, cycle.timeZone), cycle.timeZone));
    start = period.end;
    return localDay(period.end, cycle.timeZone);
  });
}

type AnniversaryRow = { name: string; interval: BillingInterval; intervalCount?: number; timeZone: string; anchor: string; ends: string[] };

// Lago PR #1840 (Jan 30 start billed on Feb 29), PR #1569 (quarterly on the 31st): each boundary
// is computed from the anchor day, so a clamped February never drags later periods to the 28th.
describe("anniversary periods from anchors on the 28th–31st, through leap and common years", () => {
  test.each<AnniversaryRow>([
    // monthly
    { name: "monthly from Jan 28", interval: "month", timeZone: "UTC", anchor: "2028-01-28T09:00:00Z", ends: ["2028-02-28", "2028-03-28", "2028-04-28", "2028-05-28", "2028-06-28", "2028-07-28", "2028-08-28", "2028-09-28", "2028-10-28", "2028-11-28", "2028-12-28", "2029-01-28", "2029-02-28"] },
    { name: "monthly from Jan 29 (leap year)", interval: "month", timeZone: "Asia/Tokyo", anchor: "2028-01-29T10:00:00+09:00", ends: ["2028-02-29", "2028-03-29", "2028-04-29", "2028-05-29", "2028-06-29", "2028-07-29", "2028-08-29", "2028-09-29", "2028-10-29", "2028-11-29", "2028-12-29", "2029-01-29", "2029-02-28", "2029-03-29"] },
    { name: "monthly from Jan 29 (common year)", interval: "month", timeZone: "UTC", anchor: "2027-01-29T00:00:00Z", ends: ["2027-02-28", "2027-03-29", "2027-04-29"] },
    { name: "monthly from Jan 30", interval: "month", timeZone: "America/Los_Angeles", anchor: "2028-01-30T18:00:00-08:00", ends: ["2028-02-29", "2028-03-30", "2028-04-30", "2028-05-30", "2028-06-30", "2028-07-30", "2028-08-30", "2028-09-30", "2028-10-30", "2028-11-30", "2028-12-30", "2029-01-30", "2029-02-28", "2029-03-30"] },
    { name: "monthly from Jan 31 (leap year)", interval: "month", timeZone: "America/New_York", anchor: "2028-01-31T10:00:00-05:00", ends: ["2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31", "2028-06-30", "2028-07-31", "2028-08-31", "2028-09-30", "2028-10-31", "2028-11-30", "2028-12-31", "2029-01-31", "2029-02-28", "2029-03-31"] },
    { name: "monthly from Jan 31 (common year)", interval: "month", timeZone: "Pacific/Pago_Pago", anchor: "2027-01-31T23:00:00-11:00", ends: ["2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30", "2027-07-31", "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31"] },
    { name: "monthly from Dec 31 at +14", interval: "month", timeZone: "Pacific/Kiritimati", anchor: "2027-12-31T00:00:00+14:00", ends: ["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31", "2028-06-30", "2028-07-31", "2028-08-31", "2028-09-30", "2028-10-31", "2028-11-30", "2028-12-31"] },
    { name: "monthly from Aug 31", interval: "month", timeZone: "Europe/Paris", anchor: "2027-08-31T12:00:00+02:00", ends: ["2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31", "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31", "2028-06-30", "2028-07-31", "2028-08-31"] },
    { name: "monthly from Feb 29", interval: "month", timeZone: "Asia/Kolkata", anchor: "2028-02-29T09:00:00+05:30", ends: ["2028-03-29", "2028-04-29", "2028-05-29", "2028-06-29", "2028-07-29", "2028-08-29", "2028-09-29", "2028-10-29", "2028-11-29", "2028-12-29", "2029-01-29", "2029-02-28", "2029-03-29"] },
    { name: "monthly from Feb 28 stays on the 28th", interval: "month", timeZone: "UTC", anchor: "2027-02-28T00:00:00Z", ends: ["2027-03-28", "2027-04-28", "2027-05-28"] },
    { name: "every 2 months from Dec 31", interval: "month", intervalCount: 2, timeZone: "UTC", anchor: "2027-12-31T08:00:00Z", ends: ["2028-02-29", "2028-04-30", "2028-06-30", "2028-08-31", "2028-10-31", "2028-12-31"] },
    { name: "every 6 months from Aug 31", interval: "month", intervalCount: 6, timeZone: "America/New_York", anchor: "2027-08-31T09:00:00-04:00", ends: ["2028-02-29", "2028-08-31", "2029-02-28", "2029-08-31"] },
    { name: "every 36 months from Feb 29", interval: "month", intervalCount: 36, timeZone: "UTC", anchor: "2028-02-29T00:00:00Z", ends: ["2031-02-28", "2034-02-28", "2037-02-28", "2040-02-29"] },
    // quarterly
    { name: "quarterly from Jan 31", interval: "quarter", timeZone: "America/New_York", anchor: "2028-01-31T10:00:00-05:00", ends: ["2028-04-30", "2028-07-31", "2028-10-31", "2029-01-31", "2029-04-30"] },
    { name: "quarterly from Aug 31", interval: "quarter", timeZone: "Asia/Tokyo", anchor: "2027-08-31T10:00:00+09:00", ends: ["2027-11-30", "2028-02-29", "2028-05-31", "2028-08-31", "2028-11-30", "2029-02-28", "2029-05-31"] },
    { name: "quarterly from Nov 30", interval: "quarter", timeZone: "Pacific/Pago_Pago", anchor: "2027-11-30T10:00:00-11:00", ends: ["2028-02-29", "2028-05-30", "2028-08-30", "2028-11-30", "2029-02-28", "2029-05-30"] },
    { name: "quarterly from Nov 29", interval: "quarter", timeZone: "UTC", anchor: "2027-11-29T10:00:00Z", ends: ["2028-02-29", "2028-05-29", "2028-08-29", "2028-11-29", "2029-02-28", "2029-05-29"] },
    { name: "quarterly from Dec 31", interval: "quarter", timeZone: "UTC", anchor: "2027-12-31T10:00:00Z", ends: ["2028-03-31", "2028-06-30", "2028-09-30", "2028-12-31", "2029-03-31"] },
    { name: "every 2 quarters from Aug 31", interval: "quarter", intervalCount: 2, timeZone: "Europe/Paris", anchor: "2027-08-31T10:00:00+02:00", ends: ["2028-02-29", "2028-08-31", "2029-02-28"] },
    // yearly
    { name: "yearly from Feb 29", interval: "year", timeZone: "America/Los_Angeles", anchor: "2028-02-29T08:00:00-08:00", ends: ["2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29", "2033-02-28"] },
    { name: "every 2 years from Feb 29", interval: "year", intervalCount: 2, timeZone: "UTC", anchor: "2028-02-29T08:00:00Z", ends: ["2030-02-28", "2032-02-29", "2034-02-28"] },
    { name: "yearly from Feb 28 stays on the 28th", interval: "year", timeZone: "UTC", anchor: "2027-02-28T08:00:00Z", ends: ["2028-02-28", "2029-02-28"] },
    { name: "yearly from Jan 31", interval: "year", timeZone: "Asia/Kolkata", anchor: "2028-01-31T08:00:00+05:30", ends: ["2029-01-31", "2030-01-31"] },
    { name: "every 3 years from Dec 31", interval: "year", intervalCount: 3, timeZone: "UTC", anchor: "2027-12-31T08:00:00Z", ends: ["2030-12-31", "2033-12-31"] },
    // weekly and daily
    { name: "weekly across Feb 29 and the Paris DST change", interval: "week", timeZone: "Europe/Paris", anchor: "2028-02-23T15:00:00+01:00", ends: ["2028-03-01", "2028-03-08", "2028-03-15", "2028-03-22", "2028-03-29", "2028-04-05"] },
    { name: "every 2 weeks across the New York fall-back", interval: "week", intervalCount: 2, timeZone: "America/New_York", anchor: "2026-10-20T11:00:00-04:00", ends: ["2026-11-03", "2026-11-17", "2026-12-01", "2026-12-15", "2026-12-29", "2027-01-12"] },
    { name: "weekly from a Sunday across the new year", interval: "week", timeZone: "Pacific/Kiritimati", anchor: "2028-12-31T20:00:00+14:00", ends: ["2029-01-07", "2029-01-14"] },
    { name: "daily across Feb 29", interval: "day", timeZone: "UTC", anchor: "2028-02-27T10:00:00Z", ends: ["2028-02-28", "2028-02-29", "2028-03-01", "2028-03-02"] },
    { name: "every 3 days", interval: "day", intervalCount: 3, timeZone: "America/Santiago", anchor: "2028-02-27T10:00:00-03:00", ends: ["2028-03-01", "2028-03-04", "2028-03-07"] },
    { name: "every 10 days across the new year at −11", interval: "day", intervalCount: 10, timeZone: "Pacific/Pago_Pago", anchor: "2027-12-25T10:00:00-11:00", ends: ["2028-01-04", "2028-01-14", "2028-01-24", "2028-02-03"] },
    { name: "every 30 days is not monthly", interval: "day", intervalCount: 30, timeZone: "UTC", anchor: "2028-01-31T10:00:00Z", ends: ["2028-03-01", "2028-03-31", "2028-04-30"] },
  ])("$name", (row) => {
    const cycle = cycleOf(row);
    expect(endDates(cycle, row.ends.length)).toEqual(row.ends);
    for (let index = 0; index < row.ends.length; index++) expect(periodByIndex(cycle, index).stub).toBe(false);
  });

  test("every monthly, quarterly and yearly boundary lands on the anchor day, clamped to the month", () => {
    for (const interval of ["month", "quarter", "year"] as const) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= daysInMonth(2027, month); day++) {
          const anchor = `2027-${String(month).padStart(2, "0")}-${day}T12:00:00-11:00`;
          const cycle = cycleOf({ interval, timeZone: "Pacific/Pago_Pago", anchor });
          for (let index = 1; index <= 12; index++) {
            const { year, month: m, day: d } = toLocalDate(periodByIndex(cycle, index).start, cycle.timeZone);
            const months = index * { month: 1, quarter: 3, year: 12 }[interval];
            expect((year - 2027) * 12 + m - month, `${interval} ${anchor} #${index}`).toBe(months);
            expect(d, `${interval} ${anchor} #${index}`).toBe(Math.min(day, daysInMonth(year, m)));
          }
        }
      }
    }
  });
});

// docs/pricing.md, "Anniversary periods"
test("Example 2 — monthly from Jan 31 2028 10:00 New York: Feb 29, then back to Mar 31", () => {
  const cycle = cycleOf({ timeZone: "America/New_York", anchor: "2028-01-31T10:00:00-05:00" });
  expect([0, 1, 2, 3].map((index) => periodByIndex(cycle, index)).map(({ start, end }) => [start.toISOString(), end.toISOString()])).toEqual([
    ["2028-01-31T15:00:00.000Z", "2028-02-29T05:00:00.000Z"],
    ["2028-02-29T05:00:00.000Z", "2028-03-31T04:00:00.000Z"],
    ["2028-03-31T04:00:00.000Z", "2028-04-30T04:00:00.000Z"],
    ["2028-04-30T04:00:00.000Z", "2028-05-31T04:00:00.000Z"],
  ]);
});

// docs/pricing.md, "Anniversary periods"
test("Example 3 — yearly from Feb 29 2028: Feb 28 in common years, Feb 29 again in 2032", () => {
  const cycle = cycleOf({ interval: "year", anchor: "2028-02-29T00:00:00Z" });
  expect(endDates(cycle, 5)).toEqual(["2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29", "2033-02-28"]);
});

type CalendarRow = { name: string; interval: BillingInterval; intervalCount?: number; timeZone: string; anchor: string; nominalStart: string | null; ends: string[] };

describe("calendar alignment", () => {
  test.each<CalendarRow>([
    { name: "month: stub from the 15th", interval: "month", timeZone: "Europe/Paris", anchor: "2026-03-15T14:00:00+01:00", nominalStart: "2026-03-01", ends: ["2026-04-01", "2026-05-01", "2026-06-01"] },
    { name: "month: the 1st at 10:00 is a whole period", interval: "month", timeZone: "Europe/Paris", anchor: "2026-03-01T10:00:00+01:00", nominalStart: null, ends: ["2026-04-01", "2026-05-01"] },
    { name: "month: the 1st at midnight", interval: "month", timeZone: "Europe/Paris", anchor: "2026-03-01T00:00:00+01:00", nominalStart: null, ends: ["2026-04-01", "2026-05-01"] },
    { name: "month: a one-day stub on Jan 31 at +14", interval: "month", timeZone: "Pacific/Kiritimati", anchor: "2028-01-31T23:00:00+14:00", nominalStart: "2028-01-01", ends: ["2028-02-01", "2028-03-01"] },
    { name: "every 3 months: the stub closes a 3-month period", interval: "month", intervalCount: 3, timeZone: "America/New_York", anchor: "2026-03-15T12:00:00-04:00", nominalStart: "2026-01-01", ends: ["2026-04-01", "2026-07-01", "2026-10-01", "2027-01-01"] },
    { name: "quarter: stub to Apr 1", interval: "quarter", timeZone: "Asia/Tokyo", anchor: "2028-02-10T09:00:00+09:00", nominalStart: "2028-01-01", ends: ["2028-04-01", "2028-07-01", "2028-10-01", "2029-01-01"] },
    { name: "quarter: Apr 1 is a whole period", interval: "quarter", timeZone: "Asia/Tokyo", anchor: "2028-04-01T09:00:00+09:00", nominalStart: null, ends: ["2028-07-01", "2028-10-01"] },
    { name: "every 2 quarters: stub in May", interval: "quarter", intervalCount: 2, timeZone: "UTC", anchor: "2028-05-20T00:00:00Z", nominalStart: "2028-01-01", ends: ["2028-07-01", "2029-01-01", "2029-07-01"] },
    { name: "year: stub from Feb 29", interval: "year", timeZone: "America/Los_Angeles", anchor: "2028-02-29T08:00:00-08:00", nominalStart: "2028-01-01", ends: ["2029-01-01", "2030-01-01"] },
    { name: "year: Jan 1 is a whole period", interval: "year", timeZone: "America/Los_Angeles", anchor: "2028-01-01T00:00:00-08:00", nominalStart: null, ends: ["2029-01-01"] },
    { name: "week: stub from a Thursday", interval: "week", timeZone: "Asia/Kolkata", anchor: "2026-01-08T12:00:00+05:30", nominalStart: "2026-01-05", ends: ["2026-01-12", "2026-01-19", "2026-01-26"] },
    { name: "week: a Monday is a whole period", interval: "week", timeZone: "Asia/Kolkata", anchor: "2026-01-12T10:00:00+05:30", nominalStart: null, ends: ["2026-01-19", "2026-01-26"] },
    { name: "week: a Sunday is a one-day stub", interval: "week", timeZone: "Pacific/Pago_Pago", anchor: "2026-01-11T23:00:00-11:00", nominalStart: "2026-01-05", ends: ["2026-01-12", "2026-01-19"] },
    { name: "every 2 weeks: stub from a Thursday", interval: "week", intervalCount: 2, timeZone: "Asia/Kolkata", anchor: "2026-01-08T12:00:00+05:30", nominalStart: "2025-12-29", ends: ["2026-01-12", "2026-01-26", "2026-02-09"] },
    { name: "day: every day is a boundary", interval: "day", timeZone: "America/New_York", anchor: "2026-03-07T15:00:00-05:00", nominalStart: null, ends: ["2026-03-08", "2026-03-09"] },
    { name: "every 7 days: counted from the anchor day", interval: "day", intervalCount: 7, timeZone: "UTC", anchor: "2026-03-05T15:00:00Z", nominalStart: null, ends: ["2026-03-12", "2026-03-19"] },
    { name: "the zone decides: 23:30 UTC on Feb 28 is a stub in UTC", interval: "month", timeZone: "UTC", anchor: "2026-02-28T23:30:00Z", nominalStart: "2026-02-01", ends: ["2026-03-01", "2026-04-01"] },
    { name: "the zone decides: the same instant is Mar 1 in Paris", interval: "month", timeZone: "Europe/Paris", anchor: "2026-02-28T23:30:00Z", nominalStart: null, ends: ["2026-04-01", "2026-05-01"] },
  ])("$name", (row) => {
    const cycle = cycleOf({ ...row, alignment: "calendar" });
    expect(endDates(cycle, row.ends.length)).toEqual(row.ends);
    const first = periodByIndex(cycle, 0);
    expect(first.stub).toBe(row.nominalStart !== null);
    expect(first.nominalStart).toEqual(row.nominalStart === null ? first.start : zonedMidnight(d(row.nominalStart), row.timeZone));
    for (let index = 1; index < row.ends.length; index++) {
      const period = periodByIndex(cycle, index);
      expect(period.stub).toBe(false);
      expect(period.nominalStart).toEqual(period.start);
    }
  });
});

// docs/pricing.md, "Calendar alignment"
test("Example 4 — calendar monthly from Mar 15 2026 14:00 Paris: stub to Apr 1, nominally from Mar 1", () => {
  const cycle = cycleOf({ alignment: "calendar", timeZone: "Europe/Paris", anchor: "2026-03-15T14:00:00+01:00" });
  expect(periodByIndex(cycle, 0)).toEqual({
    index: 0,
    start: new Date("2026-03-15T13:00:00Z"),
    end: new Date("2026-03-31T22:00:00Z"),
    stub: true,
    nominalStart: new Date("2026-02-28T23:00:00Z"),
  });
  expect(periodByIndex(cycle, 1)).toEqual({
    index: 1,
    start: new Date("2026-03-31T22:00:00Z"),
    end: new Date("2026-04-30T22:00:00Z"),
    stub: false,
    nominalStart: new Date("2026-03-31T22:00:00Z"),
  });
});

// Lago PR #1074 and #879: a customer's period depends on the customer's zone, never on UTC or the server's zone.
describe("the billing time zone decides the period, for offsets of both signs", () => {
  // docs/pricing.md, "Time zones"
  test.each([
    { timeZone: "UTC", anchorDate: "2026-01-31", end: "2026-02-28T00:00:00Z" },
    { timeZone: "Asia/Tokyo", anchorDate: "2026-02-01", end: "2026-02-28T15:00:00Z" },
    { timeZone: "Pacific/Kiritimati", anchorDate: "2026-02-01", end: "2026-02-28T10:00:00Z" },
    { timeZone: "Asia/Kolkata", anchorDate: "2026-02-01", end: "2026-02-28T18:30:00Z" },
    { timeZone: "Europe/Paris", anchorDate: "2026-02-01", end: "2026-02-28T23:00:00Z" },
    { timeZone: "America/St_Johns", anchorDate: "2026-01-31", end: "2026-02-28T03:30:00Z" },
    { timeZone: "America/Los_Angeles", anchorDate: "2026-01-31", end: "2026-02-28T08:00:00Z" },
    { timeZone: "Pacific/Pago_Pago", anchorDate: "2026-01-31", end: "2026-02-28T11:00:00Z" },
  ])("Example 1 — monthly from 2026-01-31T23:30Z in $timeZone: anchor day $anchorDate, first period ends $end", ({ timeZone, anchorDate, end }) => {
    const cycle = cycleOf({ timeZone, anchor: "2026-01-31T23:30:00Z" });
    expect(localDay(cycle.anchor, timeZone)).toBe(anchorDate);
    expect(periodByIndex(cycle, 0).end).toEqual(new Date(end));
  });

  test.each([
    { timeZone: "Europe/Paris", anchor: "2026-03-02T09:00:00+01:00", runs: ["2026-03-09T00:30:00+01:00", "2026-03-09T12:00:00+01:00", "2026-03-09T23:30:00+01:00"] },
    { timeZone: "Pacific/Kiritimati", anchor: "2026-03-02T09:00:00+14:00", runs: ["2026-03-09T00:00:00+14:00", "2026-03-09T09:59:59+14:00", "2026-03-09T23:59:59+14:00"] },
    { timeZone: "Pacific/Pago_Pago", anchor: "2026-03-02T09:00:00-11:00", runs: ["2026-03-09T00:00:00-11:00", "2026-03-09T13:00:00-11:00", "2026-03-09T23:59:59-11:00"] },
    { timeZone: "America/New_York", anchor: "2026-03-02T09:00:00-05:00", runs: ["2026-03-09T00:00:00-04:00", "2026-03-09T20:00:00-04:00", "2026-03-09T23:59:59-04:00"] },
  ])("weekly in $timeZone: every billing run on the same local day sees the same period (Lago #1074)", ({ timeZone, anchor, runs }) => {
    const cycle = cycleOf({ interval: "week", timeZone, anchor });
    const periods = runs.map((run) => periodAt(cycle, new Date(run)));
    for (const period of periods) expect(period).toEqual(periods[0]);
    expect(periods[0]?.index).toBe(1);
    expect(localDay(periods[0]!.start, timeZone)).toBe("2026-03-09");
  });

  describe("whatever the time zone of the process", () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    const snapshot = () =>
      ["Pacific/Kiritimati", "Asia/Kolkata", "UTC", "America/New_York", "Pacific/Pago_Pago"].flatMap((timeZone) =>
        (["anniversary", "calendar"] as const).flatMap((alignment) => {
          const cycle = cycleOf({ timeZone, alignment, anchor: "2028-01-31T23:30:00Z" });
          return [periodAt(cycle, new Date("2028-02-29T12:00:00Z")), ...periodsBetween(cycle, new Date("2028-01-01T00:00:00Z"), new Date("2029-03-01T00:00:00Z"))];
        }),
      );

    test("periods are identical under TZ=UTC, America/New_York, Asia/Kolkata, Pacific/Kiritimati and Pacific/Pago_Pago", () => {
      const results = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago"].map((tz) => {
        process.env.TZ = tz;
        return { offset: new Date(Date.UTC(2028, 0, 1)).getTimezoneOffset(), periods: snapshot() };
      });
      expect(new Set(results.map(({ offset }) => offset)).size).toBe(5); // the process zone really changed
      for (const { periods } of results) expect(periods).toEqual(results[0]?.periods);
    });
  });
});

describe("boundaries are exact instants; the end is exclusive", () => {
  test.each<{ name: string; cycle: BillingCycle }>([
    { name: "monthly New York", cycle: cycleOf({ timeZone: "America/New_York", anchor: "2028-01-31T10:00:00-05:00" }) },
    { name: "quarterly Kiritimati", cycle: cycleOf({ interval: "quarter", timeZone: "Pacific/Kiritimati", anchor: "2027-11-30T10:00:00+14:00" }) },
    { name: "weekly calendar Pago Pago", cycle: cycleOf({ interval: "week", alignment: "calendar", timeZone: "Pacific/Pago_Pago", anchor: "2026-03-04T10:00:00-11:00" }) },
    { name: "daily Santiago across the skipped midnight", cycle: cycleOf({ interval: "day", timeZone: "America/Santiago", anchor: "2026-09-01T10:00:00-04:00" }) },
    { name: "daily Lord Howe across the 30-minute change", cycle: cycleOf({ interval: "day", timeZone: "Australia/Lord_Howe", anchor: "2026-10-01T10:00:00+10:30" }) },
  ])("$name", ({ cycle }) => {
    expect(periodAt(cycle, cycle.anchor).index).toBe(0);
    expect(() => periodAt(cycle, new Date(cycle.anchor.getTime() - 1))).toThrow(billingError("invalid_period"));
    for (let index = 0; index < 8; index++) {
      const period = periodByIndex(cycle, index);
      expect(periodAt(cycle, period.start)).toEqual(period);
      expect(periodAt(cycle, new Date(period.end.getTime() - 1))).toEqual(period);
      expect(periodAt(cycle, period.end).index).toBe(index + 1);
    }
  });
});

test("returned Dates are copies: mutating a period never moves the anchor", () => {
  const cycle = cycleOf({ anchor: "2028-01-31T10:00:00Z" });
  const first = periodByIndex(cycle, 0);
  expect(first.start).toEqual(cycle.anchor);
  first.start.setTime(0);
  first.nominalStart.setTime(0);
  expect(cycle.anchor.toISOString()).toBe("2028-01-31T10:00:00.000Z");
  expect(periodByIndex(cycle, 0).start.toISOString()).toBe("2028-01-31T10:00:00.000Z");
});

describe("DST inside a period: instants are exact, boundaries stay at local midnight", () => {
  test.each([
    { timeZone: "America/New_York", date: "2026-03-08", hours: 23 },
    { timeZone: "America/New_York", date: "2026-11-01", hours: 25 },
    { timeZone: "America/New_York", date: "2026-06-01", hours: 24 },
    { timeZone: "Europe/Paris", date: "2026-03-29", hours: 23 },
    { timeZone: "Europe/Paris", date: "2026-10-25", hours: 25 },
    { timeZone: "Australia/Lord_Howe", date: "2026-04-05", hours: 24.5 },
    { timeZone: "Australia/Lord_Howe", date: "2026-10-04", hours: 23.5 },
    { timeZone: "America/Santiago", date: "2026-09-06", hours: 23 },
    { timeZone: "America/Santiago", date: "2026-04-04", hours: 25 },
    { timeZone: "Asia/Beirut", date: "2026-03-29", hours: 23 },
    { timeZone: "Asia/Beirut", date: "2026-10-24", hours: 25 },
    { timeZone: "America/Havana", date: "2026-03-08", hours: 23 },
    { timeZone: "America/Havana", date: "2026-11-01", hours: 25 },
    { timeZone: "Asia/Kolkata", date: "2026-03-08", hours: 24 },
  ])("the daily period of $date in $timeZone lasts $hours hours", ({ timeZone, date, hours }) => {
    const cycle: BillingCycle = { interval: "day", intervalCount: 1, timeZone, alignment: "calendar", anchor: zonedMidnight(d(date), timeZone) };
    const { start, end } = periodByIndex(cycle, 0);
    expect((end.getTime() - start.getTime()) / HOUR).toBe(hours);
    expect(localDay(start, timeZone)).toBe(date);
  });

  test.each([
    { timeZone: "America/New_York", month: "2026-03", hours: 31 * 24 - 1 },
    { timeZone: "America/New_York", month: "2026-11", hours: 30 * 24 + 1 },
    { timeZone: "Europe/Paris", month: "2026-03", hours: 31 * 24 - 1 },
    { timeZone: "Europe/Paris", month: "2026-10", hours: 31 * 24 + 1 },
    { timeZone: "Australia/Lord_Howe", month: "2026-04", hours: 30 * 24 + 0.5 },
    { timeZone: "Australia/Lord_Howe", month: "2026-10", hours: 31 * 24 - 0.5 },
    { timeZone: "UTC", month: "2028-02", hours: 29 * 24 },
  ])("the calendar month $month in $timeZone lasts $hours hours", ({ timeZone, month, hours }) => {
    const cycle = cycleOf({ alignment: "calendar", timeZone, anchor: zonedMidnight(d(`${month}-01`), timeZone).toISOString() });
    const { start, end, stub } = periodByIndex(cycle, 0);
    expect(stub).toBe(false);
    expect((end.getTime() - start.getTime()) / HOUR).toBe(hours);
  });
});

describe("periodsBetween", () => {
  const cycle = cycleOf({ timeZone: "Pacific/Pago_Pago", anchor: "2028-01-31T09:00:00-11:00" });

  // docs/pricing.md, "Catch-up"
  test("Example 5 — 14 months of downtime: 15 overlapping periods, 14 of them complete", () => {
    const from = new Date("2028-03-15T00:00:00-11:00");
    const to = new Date("2029-05-15T00:00:00-11:00");
    const periods = periodsBetween(cycle, from, to);
    expect(periods.map(({ index }) => index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(periods.map(({ start }) => localDay(start, cycle.timeZone))).toEqual([
      "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31", "2028-06-30", "2028-07-31", "2028-08-31",
      "2028-09-30", "2028-10-31", "2028-11-30", "2028-12-31", "2029-01-31", "2029-02-28", "2029-03-31", "2029-04-30",
    ]);
    periods.slice(1).forEach((period, i) => expect(period.start).toEqual(periods[i]?.end));
    expect(periods.filter(({ end }) => end <= to)).toHaveLength(14);
    for (const period of periods) expect(period).toEqual(periodByIndex(cycle, period.index));
  });

  test.each([
    { name: "a backdated start counts from the anchor", from: "2027-06-01T00:00:00Z", to: "2028-04-01T00:00:00Z", indexes: [0, 1, 2] },
    { name: "to at a boundary excludes the period starting there", from: "2028-01-31T09:00:00-11:00", to: "2028-03-31T00:00:00-11:00", indexes: [0, 1] },
    { name: "one instant after the boundary includes it", from: "2028-01-31T09:00:00-11:00", to: "2028-03-31T00:00:01-11:00", indexes: [0, 1, 2] },
    { name: "from inside a period includes that period", from: "2028-03-30T23:59:59-11:00", to: "2028-03-31T00:00:01-11:00", indexes: [1, 2] },
    { name: "to before the anchor", from: "2027-01-01T00:00:00Z", to: "2028-01-31T09:00:00-11:00", indexes: [] },
    { name: "an empty range", from: "2028-06-01T00:00:00Z", to: "2028-06-01T00:00:00Z", indexes: [] },
  ])("$name", ({ from, to, indexes }) => {
    expect(periodsBetween(cycle, new Date(from), new Date(to)).map(({ index }) => index)).toEqual(indexes);
  });

  test("daily periods over 14 months in Paris: one per local day, 23, 24 or 25 hours long", () => {
    const daily = cycleOf({ interval: "day", timeZone: "Europe/Paris", anchor: "2028-01-01T00:00:00+01:00" });
    const periods = periodsBetween(daily, daily.anchor, new Date("2029-03-01T00:00:00+01:00"));
    expect(periods).toHaveLength(366 + 31 + 28);
    expect(new Set(periods.map(({ start }) => localDay(start, daily.timeZone))).size).toBe(periods.length);
    const hours = periods.map(({ start, end }) => (end.getTime() - start.getTime()) / HOUR);
    expect(hours.filter((h) => h === 23)).toHaveLength(1); // 2028-03-26
    expect(hours.filter((h) => h === 25)).toHaveLength(1); // 2028-10-29
    expect(hours.filter((h) => h === 24)).toHaveLength(periods.length - 2);
  });

  test("rejects to before from", () => {
    expect(() => periodsBetween(cycle, new Date("2028-06-01T00:00:00Z"), new Date("2028-05-01T00:00:00Z"))).toThrow(billingError("invalid_period"));
  });
});

describe("validation", () => {
  const valid = cycleOf({ anchor: "2028-01-31T00:00:00Z" });
  test.each<{ name: string; cycle: BillingCycle; code: string }>([
    { name: "intervalCount 0", cycle: { ...valid, intervalCount: 0 }, code: "invalid_period" },
    { name: "negative intervalCount", cycle: { ...valid, intervalCount: -1 }, code: "invalid_period" },
    { name: "fractional intervalCount", cycle: { ...valid, intervalCount: 1.5 }, code: "invalid_period" },
    { name: "NaN intervalCount", cycle: { ...valid, intervalCount: Number.NaN }, code: "invalid_period" },
    { name: "37 months", cycle: { ...valid, intervalCount: 37 }, code: "invalid_period" },
    { name: "13 quarters", cycle: { ...valid, interval: "quarter", intervalCount: 13 }, code: "invalid_period" },
    { name: "4 years", cycle: { ...valid, interval: "year", intervalCount: 4 }, code: "invalid_period" },
    { name: "157 weeks", cycle: { ...valid, interval: "week", intervalCount: 157 }, code: "invalid_period" },
    { name: "1096 days", cycle: { ...valid, interval: "day", intervalCount: 1096 }, code: "invalid_period" },
    { name: "an unknown interval", cycle: { ...valid, interval: "fortnight" as BillingInterval }, code: "invalid_period" },
    { name: "an inherited property as interval", cycle: { ...valid, interval: "toString" as BillingInterval }, code: "invalid_period" },
    { name: "an unknown alignment", cycle: { ...valid, alignment: "fiscal" as BillingCycle["alignment"] }, code: "invalid_period" },
    { name: "an unknown zone", cycle: { ...valid, timeZone: "Mars/Olympus_Mons" }, code: "invalid_time_zone" },
    { name: "an offset instead of a zone", cycle: { ...valid, timeZone: "+05:00" }, code: "invalid_time_zone" },
    { name: "an invalid anchor", cycle: { ...valid, anchor: new Date(Number.NaN) }, code: "invalid_date" },
  ])("rejects $name with $code", ({ cycle, code }) => {
    expect(() => periodByIndex(cycle, 0)).toThrow(billingError(code));
    expect(() => periodAt(cycle, new Date("2028-06-01T00:00:00Z"))).toThrow(billingError(code));
    expect(() => periodsBetween(cycle, new Date("2028-06-01T00:00:00Z"), new Date("2028-07-01T00:00:00Z"))).toThrow(billingError(code));
  });

  test.each([
    { interval: "day" as const, intervalCount: 1095 },
    { interval: "week" as const, intervalCount: 156 },
    { interval: "month" as const, intervalCount: 36 },
    { interval: "quarter" as const, intervalCount: 12 },
    { interval: "year" as const, intervalCount: 3 },
  ])("accepts the maximum of three years: $intervalCount × $interval", ({ interval, intervalCount }) => {
    const period = periodByIndex({ ...valid, interval, intervalCount }, 1);
    expect(toLocalDate(period.end, "UTC").year - toLocalDate(period.start, "UTC").year).toBe(3);
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("periodByIndex rejects index %s", (index) => {
    expect(() => periodByIndex(valid, index)).toThrow(billingError("invalid_period"));
  });

  test("periodAt rejects an instant before the anchor and an invalid instant", () => {
    expect(() => periodAt(valid, new Date("2028-01-30T23:59:59.999Z"))).toThrow(billingError("invalid_period"));
    expect(() => periodAt(valid, new Date(Number.NaN))).toThrow(billingError("invalid_date"));
  });
});

// Kill Bill #445/#139: fuzz the period arithmetic across DST transitions and both offset signs.
describe("period properties", () => {
  const zones = ["UTC", "America/New_York", "Europe/Paris", "Australia/Lord_Howe", "America/Santiago", "Asia/Beirut", "America/Havana", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"];
  const cycle = fc.record({
    interval: fc.constantFrom<BillingInterval>("day", "week", "month", "quarter", "year"),
    intervalCount: fc.integer({ min: 1, max: 3 }),
    timeZone: fc.constantFrom(...zones),
    alignment: fc.constantFrom<BillingCycle["alignment"]>("anniversary", "calendar"),
    anchor: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(ms)),
  });
  const elapsed = fc.integer({ min: 0, max: 4 * 366 * 86_400_000 });

  test("periodAt contains asOf, matches periodByIndex and follows its predecessor", () => {
    fc.assert(
      fc.property(cycle, elapsed, (c, ms) => {
        const asOf = new Date(c.anchor.getTime() + ms);
        const period: BillingPeriod = periodAt(c, asOf);
        expect(period.start.getTime()).toBeLessThanOrEqual(asOf.getTime());
        expect(period.end.getTime()).toBeGreaterThan(asOf.getTime());
        expect(periodByIndex(c, period.index)).toEqual(period);
        if (period.index === 0) expect(period.start).toEqual(c.anchor);
        else {
          expect(periodByIndex(c, period.index - 1).end).toEqual(period.start);
          expect(zonedMidnight(toLocalDate(period.start, c.timeZone), c.timeZone)).toEqual(period.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("anniversary months land on the anchor day, clamped", () => {
    fc.assert(
      fc.property(cycle, fc.integer({ min: 1, max: 40 }), (c, index) => {
        const anniversary = { ...c, interval: "month" as const, alignment: "anniversary" as const };
        const anchorDay = toLocalDate(c.anchor, c.timeZone).day;
        const { year, month, day } = toLocalDate(periodByIndex(anniversary, index).start, c.timeZone);
        expect(day).toBe(Math.min(anchorDay, daysInMonth(year, month)));
      }),
      { numRuns: 300 },
    );
  });
});
