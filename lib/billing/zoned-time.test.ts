import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, toEpochDay, type LocalDate } from "./local-date";
import { assertInstant, assertTimeZone, isValidTimeZone, toLocalDate, zonedMidnight } from "./zoned-time";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });
const d = (text: string): LocalDate => {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day };
};

// Offsets of both signs, half- and quarter-hour offsets, 30-minute DST, midnight DST transitions,
// a repeated midnight (Havana), skipped days (Kiritimati 1994, Apia 2011) and negative DST (Dublin).
const ZONES = [
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "Europe/Paris",
  "Europe/Dublin",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Asia/Beirut",
  "America/Havana",
  "America/Sao_Paulo",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Pacific/Apia",
  "Pacific/Chatham",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "America/St_Johns",
  "Africa/Casablanca",
];

describe("isValidTimeZone / assertTimeZone", () => {
  test.each<{ timeZone: unknown; valid: boolean }>([
    { timeZone: "UTC", valid: true },
    { timeZone: "Etc/UTC", valid: true },
    { timeZone: "Europe/Paris", valid: true },
    { timeZone: "Pacific/Kiritimati", valid: true },
    { timeZone: "Asia/Calcutta", valid: true }, // legacy alias of Asia/Kolkata
    { timeZone: "Etc/GMT+5", valid: true },
    { timeZone: "america/new_york", valid: true }, // Intl matches zone names case-insensitively
    { timeZone: "", valid: false },
    { timeZone: " UTC", valid: false },
    { timeZone: "+05:00", valid: false },
    { timeZone: "Europe/Pariss", valid: false },
    { timeZone: "Mars/Olympus_Mons", valid: false },
    { timeZone: 5, valid: false },
    { timeZone: null, valid: false },
    { timeZone: undefined, valid: false },
    { timeZone: { id: "UTC" }, valid: false },
  ])("$timeZone → $valid", ({ timeZone, valid }) => {
    expect(isValidTimeZone(timeZone)).toBe(valid);
    if (typeof timeZone !== "string") return;
    if (valid) expect(assertTimeZone(timeZone)).toBe(timeZone);
    else expect(() => assertTimeZone(timeZone)).toThrow(billingError("invalid_time_zone"));
  });
});

describe("assertInstant", () => {
  test.each<{ name: string; value: unknown }>([
    { name: "an invalid Date", value: new Date(Number.NaN) },
    { name: "a string", value: "2026-01-01T00:00:00Z" },
    { name: "a number", value: 0 },
    { name: "the year 999", value: new Date("0999-06-01T00:00:00Z") },
    { name: "the year 10000", value: new Date("+010000-01-01T00:00:00Z") },
  ])("rejects $name", ({ value }) => {
    expect(() => assertInstant(value as Date, "anchor")).toThrow(billingError("invalid_date"));
  });

  test("returns a valid instant unchanged", () => {
    const instant = new Date("2028-02-29T12:00:00Z");
    expect(assertInstant(instant)).toBe(instant);
  });
});

describe("toLocalDate", () => {
  test.each([
    { instant: "2028-02-29T00:00:00Z", timeZone: "UTC", date: "2028-02-29" },
    { instant: "2026-01-01T09:59:59.999Z", timeZone: "Pacific/Kiritimati", date: "2026-01-01" },
    { instant: "2026-01-01T10:00:00Z", timeZone: "Pacific/Kiritimati", date: "2026-01-02" }, // +14
    { instant: "2026-01-01T10:59:59Z", timeZone: "Pacific/Pago_Pago", date: "2025-12-31" }, // −11
    { instant: "2026-01-01T11:00:00Z", timeZone: "Pacific/Pago_Pago", date: "2026-01-01" },
    { instant: "2025-12-31T18:29:59Z", timeZone: "Asia/Kolkata", date: "2025-12-31" }, // +5:30
    { instant: "2025-12-31T18:30:00Z", timeZone: "Asia/Kolkata", date: "2026-01-01" },
    { instant: "2025-12-31T18:15:00Z", timeZone: "Asia/Kathmandu", date: "2026-01-01" }, // +5:45
    { instant: "2025-12-31T10:15:00Z", timeZone: "Pacific/Chatham", date: "2026-01-01" }, // +13:45 in DST
    { instant: "2026-01-01T04:59:59.999Z", timeZone: "America/New_York", date: "2025-12-31" },
    { instant: "2026-03-08T04:59:59Z", timeZone: "America/New_York", date: "2026-03-07" },
    { instant: "2026-03-08T05:00:00Z", timeZone: "America/New_York", date: "2026-03-08" },
    { instant: "2026-11-01T03:59:59Z", timeZone: "America/New_York", date: "2026-10-31" },
    { instant: "2026-11-01T04:00:00Z", timeZone: "America/New_York", date: "2026-11-01" },
    // Beirut falls back at midnight to 23:00: both passes through 23:xx are still Oct 24.
    { instant: "2026-10-24T20:59:59Z", timeZone: "Asia/Beirut", date: "2026-10-24" },
    { instant: "2026-10-24T21:00:00Z", timeZone: "Asia/Beirut", date: "2026-10-24" },
    { instant: "2026-10-24T22:00:00Z", timeZone: "Asia/Beirut", date: "2026-10-25" },
    // Kiritimati skipped 1994-12-31: 23:59:59 on the 30th is followed by 00:00 on 1995-01-01.
    { instant: "1994-12-31T09:59:59Z", timeZone: "Pacific/Kiritimati", date: "1994-12-30" },
    { instant: "1994-12-31T10:00:00Z", timeZone: "Pacific/Kiritimati", date: "1995-01-01" },
  ])("$instant in $timeZone is $date", ({ instant, timeZone, date }) => {
    expect(toLocalDate(new Date(instant), timeZone)).toEqual(d(date));
  });

  test("rejects an unknown zone and an invalid instant", () => {
    expect(() => toLocalDate(new Date("2026-01-01T00:00:00Z"), "Nowhere/City")).toThrow(billingError("invalid_time_zone"));
    expect(() => toLocalDate(new Date(Number.NaN), "UTC")).toThrow(billingError("invalid_date"));
  });
});

describe("zonedMidnight", () => {
  test.each([
    { timeZone: "UTC", date: "2028-02-29", instant: "2028-02-29T00:00:00Z", why: "UTC" },
    { timeZone: "Pacific/Kiritimati", date: "2026-01-01", instant: "2025-12-31T10:00:00Z", why: "+14" },
    { timeZone: "Pacific/Pago_Pago", date: "2026-01-01", instant: "2026-01-01T11:00:00Z", why: "−11" },
    { timeZone: "Asia/Kolkata", date: "2026-01-01", instant: "2025-12-31T18:30:00Z", why: "+5:30" },
    { timeZone: "Asia/Kathmandu", date: "2026-01-01", instant: "2025-12-31T18:15:00Z", why: "+5:45" },
    { timeZone: "Pacific/Chatham", date: "2026-01-01", instant: "2025-12-31T10:15:00Z", why: "+13:45" },
    { timeZone: "America/New_York", date: "2026-03-08", instant: "2026-03-08T05:00:00Z", why: "spring-forward day starts in EST" },
    { timeZone: "America/New_York", date: "2026-03-09", instant: "2026-03-09T04:00:00Z", why: "next day in EDT" },
    { timeZone: "America/New_York", date: "2026-11-01", instant: "2026-11-01T04:00:00Z", why: "fall-back day starts in EDT" },
    { timeZone: "America/New_York", date: "2026-11-02", instant: "2026-11-02T05:00:00Z", why: "next day in EST" },
    { timeZone: "Europe/Paris", date: "2026-03-29", instant: "2026-03-28T23:00:00Z", why: "spring-forward day starts in CET" },
    { timeZone: "Europe/Paris", date: "2026-03-30", instant: "2026-03-29T22:00:00Z", why: "next day in CEST" },
    { timeZone: "Europe/Paris", date: "2026-10-25", instant: "2026-10-24T22:00:00Z", why: "fall-back day starts in CEST" },
    { timeZone: "Europe/Paris", date: "2026-10-26", instant: "2026-10-25T23:00:00Z", why: "next day in CET" },
    { timeZone: "Europe/Dublin", date: "2026-03-29", instant: "2026-03-29T00:00:00Z", why: "negative DST in tzdata" },
    { timeZone: "Australia/Lord_Howe", date: "2026-04-05", instant: "2026-04-04T13:00:00Z", why: "+11 before the 30-minute fall-back" },
    { timeZone: "Australia/Lord_Howe", date: "2026-04-06", instant: "2026-04-05T13:30:00Z", why: "+10:30 after it" },
    { timeZone: "Australia/Lord_Howe", date: "2026-10-04", instant: "2026-10-03T13:30:00Z", why: "+10:30 before the 30-minute spring-forward" },
    { timeZone: "Australia/Lord_Howe", date: "2026-10-05", instant: "2026-10-04T13:00:00Z", why: "+11 after it" },
    { timeZone: "America/Santiago", date: "2026-09-06", instant: "2026-09-06T04:00:00Z", why: "midnight skipped: the day starts at 01:00 −03" },
    { timeZone: "America/Santiago", date: "2026-09-07", instant: "2026-09-07T03:00:00Z", why: "next day at 00:00 −03" },
    { timeZone: "America/Santiago", date: "2026-04-04", instant: "2026-04-04T03:00:00Z", why: "the 25-hour day starts at 00:00 −03" },
    { timeZone: "America/Santiago", date: "2026-04-05", instant: "2026-04-05T04:00:00Z", why: "after 23:00–24:00 repeats, 00:00 −04" },
    { timeZone: "Asia/Beirut", date: "2026-03-29", instant: "2026-03-28T22:00:00Z", why: "midnight skipped: the day starts at 01:00 +03" },
    { timeZone: "Asia/Beirut", date: "2026-03-30", instant: "2026-03-29T21:00:00Z", why: "next day at 00:00 +03" },
    { timeZone: "Asia/Beirut", date: "2026-10-25", instant: "2026-10-24T22:00:00Z", why: "after 23:00–24:00 repeats, 00:00 +02" },
    { timeZone: "America/Havana", date: "2026-11-01", instant: "2026-11-01T04:00:00Z", why: "midnight happens twice: the first one" },
    { timeZone: "America/Havana", date: "2026-03-08", instant: "2026-03-08T05:00:00Z", why: "midnight skipped: the day starts at 01:00 −04" },
    { timeZone: "America/Sao_Paulo", date: "2018-11-04", instant: "2018-11-04T03:00:00Z", why: "midnight skipped (2018 rules)" },
    { timeZone: "Pacific/Kiritimati", date: "1994-12-30", instant: "1994-12-30T10:00:00Z", why: "−10 before the date-line move" },
    { timeZone: "Pacific/Kiritimati", date: "1994-12-31", instant: "1994-12-31T10:00:00Z", why: "skipped day: first instant of 1995-01-01" },
    { timeZone: "Pacific/Kiritimati", date: "1995-01-01", instant: "1994-12-31T10:00:00Z", why: "+14 after the move" },
    { timeZone: "Pacific/Apia", date: "2011-12-29", instant: "2011-12-29T10:00:00Z", why: "−10 before the date-line move" },
    { timeZone: "Pacific/Apia", date: "2011-12-30", instant: "2011-12-30T10:00:00Z", why: "skipped day: first instant of 2011-12-31" },
  ])("$date in $timeZone starts at $instant ($why)", ({ timeZone, date, instant }) => {
    expect(zonedMidnight(d(date), timeZone).toISOString()).toBe(new Date(instant).toISOString());
  });

  test("America/Havana shows 00:00 on 2026-11-01 at two instants; the day starts at the first", () => {
    expect(toLocalDate(new Date("2026-11-01T03:59:59Z"), "America/Havana")).toEqual(d("2026-10-31"));
    expect(toLocalDate(new Date("2026-11-01T05:00:00Z"), "America/Havana")).toEqual(d("2026-11-01"));
    expect(zonedMidnight(d("2026-11-01"), "America/Havana").toISOString()).toBe("2026-11-01T04:00:00.000Z");
  });

  test.each([
    { date: { year: 2027, month: 2, day: 29 }, timeZone: "UTC", code: "invalid_date" },
    { date: { year: 999, month: 1, day: 1 }, timeZone: "UTC", code: "invalid_date" },
    { date: { year: 2026, month: 1, day: 1 }, timeZone: "Atlantis/Capital", code: "invalid_time_zone" },
  ])("throws $code for $date in $timeZone", ({ date, timeZone, code }) => {
    expect(() => zonedMidnight(date, timeZone)).toThrow(billingError(code));
  });
});

describe("zone conversion properties (Kill Bill #445: LocalDate ↔ instant must be idempotent across DST)", () => {
  const zone = fc.constantFrom(...ZONES);
  const localDate = fc.integer({ min: toEpochDay(d("1950-01-01")), max: toEpochDay(d("2060-12-31")) }).map((epochDay) => addDays(d("1970-01-01"), epochDay));
  const instant = fc.integer({ min: Date.UTC(1950, 0, 2), max: Date.UTC(2060, 11, 30) }).map((ms) => new Date(ms));
  const dayOf = (at: Date, timeZone: string) => toEpochDay(toLocalDate(at, timeZone));

  test("zonedMidnight is the first instant on or after the local date", () => {
    fc.assert(
      fc.property(localDate, zone, (date, timeZone) => {
        const start = zonedMidnight(date, timeZone);
        // Equal except on a skipped day, where the day after begins at the same instant.
        expect(dayOf(start, timeZone)).toBeGreaterThanOrEqual(toEpochDay(date));
        expect(dayOf(new Date(start.getTime() - 1000), timeZone)).toBeLessThan(toEpochDay(date));
      }),
    );
  });

  test("zonedMidnight(toLocalDate(t)) ≤ t < zonedMidnight(next local day)", () => {
    fc.assert(
      fc.property(instant, zone, (at, timeZone) => {
        const date = toLocalDate(at, timeZone);
        expect(zonedMidnight(date, timeZone).getTime()).toBeLessThanOrEqual(at.getTime());
        expect(zonedMidnight(addDays(date, 1), timeZone).getTime()).toBeGreaterThan(at.getTime());
      }),
    );
  });

  test("converting a midnight back and forth returns the same instant", () => {
    fc.assert(
      fc.property(localDate, zone, (date, timeZone) => {
        const start = zonedMidnight(date, timeZone);
        expect(zonedMidnight(toLocalDate(start, timeZone), timeZone)).toEqual(start);
      }),
    );
  });
});
