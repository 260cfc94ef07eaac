import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addDays,
  addMonths,
  assertLocalDate,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  isValidLocalDate,
  monthsBetween,
  sameLocalDate,
  toEpochDay,
  type LocalDate,
} from "./local-date";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });
const d = (text: string): LocalDate => {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day };
};

describe("isLeapYear", () => {
  test.each([
    { year: 2024, leap: true },
    { year: 2025, leap: false },
    { year: 2027, leap: false },
    { year: 2028, leap: true },
    { year: 2000, leap: true },
    { year: 1900, leap: false },
    { year: 2100, leap: false },
    { year: 2400, leap: true },
  ])("$year → $leap", ({ year, leap }) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe("daysInMonth", () => {
  test.each([
    { year: 2027, month: 1, days: 31 },
    { year: 2027, month: 2, days: 28 },
    { year: 2028, month: 2, days: 29 },
    { year: 2100, month: 2, days: 28 },
    { year: 2000, month: 2, days: 29 },
    { year: 2027, month: 3, days: 31 },
    { year: 2027, month: 4, days: 30 },
    { year: 2027, month: 5, days: 31 },
    { year: 2027, month: 6, days: 30 },
    { year: 2027, month: 7, days: 31 },
    { year: 2027, month: 8, days: 31 },
    { year: 2027, month: 9, days: 30 },
    { year: 2027, month: 10, days: 31 },
    { year: 2027, month: 11, days: 30 },
    { year: 2027, month: 12, days: 31 },
  ])("$year-$month has $days days", ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("isValidLocalDate / assertLocalDate", () => {
  test.each<{ date: LocalDate; valid: boolean }>([
    { date: d("2028-02-29"), valid: true },
    { date: d("2027-02-29"), valid: false },
    { date: d("2027-04-31"), valid: false },
    { date: d("2027-12-31"), valid: true },
    { date: d("2027-13-01"), valid: false },
    { date: d("2027-00-10"), valid: false },
    { date: d("2027-01-00"), valid: false },
    { date: d("1000-01-01"), valid: true },
    { date: d("0999-12-31"), valid: false },
    { date: d("9999-12-31"), valid: true },
    { date: { year: 10000, month: 1, day: 1 }, valid: false },
    { date: { year: 2027, month: 1.5, day: 1 }, valid: false },
    { date: { year: 2027, month: 1, day: Number.NaN }, valid: false },
  ])("$date → $valid", ({ date, valid }) => {
    expect(isValidLocalDate(date)).toBe(valid);
    if (valid) expect(assertLocalDate(date)).toBe(date);
    else expect(() => assertLocalDate(date)).toThrow(billingError("invalid_date"));
  });
});

describe("epoch days", () => {
  test.each([
    { date: "1970-01-01", epochDay: 0 },
    { date: "1969-12-31", epochDay: -1 },
    { date: "2000-03-01", epochDay: 11017 },
    { date: "2028-02-29", epochDay: 21243 },
    { date: "1000-01-01", epochDay: -354285 },
  ])("$date is day $epochDay", ({ date, epochDay }) => {
    expect(toEpochDay(d(date))).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toEqual(d(date));
  });

  test("fromEpochDay inverts toEpochDay over years 1000–9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay(d("1000-01-01")), max: toEpochDay(d("9999-12-31")) }), (epochDay) => {
        const date = fromEpochDay(epochDay);
        expect(isValidLocalDate(date)).toBe(true);
        expect(toEpochDay(date)).toBe(epochDay);
      }),
    );
  });
});

describe("addDays / daysBetween", () => {
  test.each([
    { from: "2028-02-28", days: 1, to: "2028-02-29" },
    { from: "2028-02-29", days: 1, to: "2028-03-01" },
    { from: "2027-02-28", days: 1, to: "2027-03-01" },
    { from: "2027-12-31", days: 1, to: "2028-01-01" },
    { from: "2028-03-01", days: -1, to: "2028-02-29" },
    { from: "2028-01-01", days: 366, to: "2029-01-01" },
    { from: "2027-01-01", days: 365, to: "2028-01-01" },
    { from: "2026-03-01", days: 0, to: "2026-03-01" },
  ])("$from + $days days = $to", ({ from, days, to }) => {
    expect(addDays(d(from), days)).toEqual(d(to));
    expect(daysBetween(d(from), d(to))).toBe(days);
  });
});

describe("addMonths clamps to the month end and keeps the requested day", () => {
  test.each<{ from: string; months: number; dayOfMonth?: number; to: string }>([
    { from: "2028-01-31", months: 1, to: "2028-02-29" },
    { from: "2027-01-31", months: 1, to: "2027-02-28" },
    { from: "2028-01-31", months: 2, to: "2028-03-31" },
    { from: "2028-01-31", months: 3, to: "2028-04-30" },
    { from: "2028-02-29", months: 1, to: "2028-03-29" },
    { from: "2028-02-29", months: 1, dayOfMonth: 31, to: "2028-03-31" },
    { from: "2028-02-29", months: 12, to: "2029-02-28" },
    { from: "2028-02-29", months: 48, to: "2032-02-29" },
    { from: "2028-03-31", months: -1, to: "2028-02-29" },
    { from: "2028-01-15", months: -1, to: "2027-12-15" },
    { from: "2027-11-30", months: 3, to: "2028-02-29" },
    { from: "2027-12-31", months: 14, to: "2029-02-28" },
    { from: "2028-05-01", months: 0, dayOfMonth: 1, to: "2028-05-01" },
  ])("$from + $months months (day $dayOfMonth) = $to", ({ from, months, dayOfMonth, to }) => {
    expect(addMonths(d(from), months, dayOfMonth)).toEqual(d(to));
  });
});

describe("monthsBetween", () => {
  test.each([
    { from: "2028-01-31", to: "2028-02-01", months: 1 },
    { from: "2028-01-01", to: "2028-01-31", months: 0 },
    { from: "2027-11-15", to: "2029-02-15", months: 15 },
    { from: "2028-03-01", to: "2028-01-01", months: -2 },
  ])("$from → $to = $months", ({ from, to, months }) => {
    expect(monthsBetween(d(from), d(to))).toBe(months);
  });
});

describe("isoWeekday", () => {
  test.each([
    { date: "1970-01-01", weekday: 4 },
    { date: "2026-01-05", weekday: 1 },
    { date: "2026-01-04", weekday: 7 },
    { date: "2028-02-29", weekday: 2 },
    { date: "2026-03-08", weekday: 7 },
    { date: "1969-12-29", weekday: 1 },
  ])("$date → $weekday", ({ date, weekday }) => {
    expect(isoWeekday(d(date))).toBe(weekday);
  });
});

test("sameLocalDate compares by value", () => {
  expect(sameLocalDate(d("2028-02-29"), { year: 2028, month: 2, day: 29 })).toBe(true);
  expect(sameLocalDate(d("2028-02-29"), d("2028-03-01"))).toBe(false);
  expect(sameLocalDate(d("2028-02-29"), d("2027-02-29"))).toBe(false);
});
