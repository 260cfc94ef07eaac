/**
 * Local calendar ↔ instant in an IANA time zone, from the zone rules of the built-in Intl API
 * (the runtime's tz database), never from a frozen offset: the offset is looked up per instant, so
 * DST and historical rule changes are honoured. The process time zone is never consulted.
 */
import { BillingError } from "./errors";
import { assertLocalDate, MS_PER_DAY, toEpochDay, type LocalDate } from "./local-date";

const MS_PER_SECOND = 1000;

// Creating a DateTimeFormat costs far more than formatting with one, so keep one per zone.
// Only zones that Intl accepted are cached.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name the runtime's tz database knows ("Europe/Paris", "UTC"). Offsets such as "+05:00" are not zones. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string") return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function assertTimeZone(timeZone: string): string {
  if (!isValidTimeZone(timeZone)) {
    throw new BillingError("invalid_time_zone", `Unknown IANA time zone: ${JSON.stringify(timeZone)}`, { timeZone });
  }
  return timeZone;
}

// Four-digit years, a day inside so that the local date is in range in every zone (UTC−12 to UTC+14).
const MIN_INSTANT = Date.UTC(1000, 0, 2);
const MAX_INSTANT = Date.UTC(9999, 11, 30);

export function assertInstant(instant: Date, name = "instant"): Date {
  const time = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!(time >= MIN_INSTANT && time <= MAX_INSTANT)) {
    throw new BillingError("invalid_date", `${name} must be a valid Date between the years 1000 and 9999`, { [name]: String(instant) });
  }
  return instant;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(epochMs: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of formatterFor(timeZone).formatToParts(epochMs)) {
    if (type in clock) clock[type as keyof WallClock] = Number(value);
  }
  return clock;
}

/** The wall clock at an instant, as milliseconds since 1970-01-01T00:00 *of that wall clock*. Whole seconds. */
function wallClockMs(epochMs: number, timeZone: string): number {
  const { hour, minute, second, ...date } = wallClock(epochMs, timeZone);
  return toEpochDay(date) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * MS_PER_SECOND;
}

/** UTC offset in ms at an instant (wall clock − UTC). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND;
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

/** The calendar date of `instant` in `timeZone`. */
export function toLocalDate(instant: Date, timeZone: string): LocalDate {
  assertInstant(instant);
  assertTimeZone(timeZone);
  const { year, month, day } = wallClock(instant.getTime(), timeZone);
  return { year, month, day };
}

/**
 * The first instant of `date` in `timeZone`: local 00:00, or the earlier of the two when a
 * fall-back repeats midnight (America/Havana). Where a DST jump skips midnight (America/Santiago,
 * Asia/Beirut) or a whole day (Pacific/Kiritimati on 1994-12-31), the first instant after the jump.
 */
export function zonedMidnight(date: LocalDate, timeZone: string): Date {
  assertLocalDate(date);
  assertTimeZone(timeZone);
  const midnight = toEpochDay(date) * MS_PER_DAY; // wall-clock ms of local 00:00
  // Offsets a day either side bracket the one transition that can touch this midnight.
  const offsetBefore = offsetAt(midnight - MS_PER_DAY, timeZone);
  const offsetAfter = offsetAt(midnight + MS_PER_DAY, timeZone);
  const exact = [midnight - offsetBefore, midnight - offsetAfter].filter((t) => wallClockMs(t, timeZone) === midnight);
  if (exact.length > 0) return new Date(Math.min(...exact));

  // Midnight was skipped: at `before` the wall clock still shows the previous day, at `after` it is
  // already past midnight. Bisect the whole seconds in between for the jump.
  let before = midnight - offsetAfter;
  let after = midnight - offsetBefore;
  while (after - before > MS_PER_SECOND) {
    const middle = before + Math.floor((after - before) / 2 / MS_PER_SECOND) * MS_PER_SECOND;
    if (wallClockMs(middle, timeZone) >= midnight) after = middle;
    else before = middle;
  }
  return new Date(after);
}
