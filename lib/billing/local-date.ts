/**
 * Calendar dates with no time zone, and their arithmetic. Only the UTC methods of Date are used,
 * so nothing here depends on the time zone of the process.
 */
import { BillingError } from "./errors";

/** A calendar date: month 1–12, day 1–31. */
export type LocalDate = { readonly year: number; readonly month: number; readonly day: number };

export const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Four-digit years only: zone lookups reach a day either side, and Intl switches to eras before year 1. */
export function isValidLocalDate(date: LocalDate): boolean {
  const { year, month, day } = date;
  return (
    [year, month, day].every(Number.isInteger) && year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function assertLocalDate(date: LocalDate): LocalDate {
  if (!isValidLocalDate(date)) {
    throw new BillingError("invalid_date", `Not a calendar date between the years 1000 and 9999: ${JSON.stringify(date)}`, { date });
  }
  return date;
}

/** Days since 1970-01-01. */
export function toEpochDay({ year, month, day }: LocalDate): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): LocalDate {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Moves `months` calendar months and lands on `dayOfMonth` (default: the same day), clamped to the
 * end of the target month: addMonths(2028-01-31, 1) = 2028-02-29, addMonths(2028-02-29, 1, 31) = 2028-03-31.
 */
export function addMonths(date: LocalDate, months: number, dayOfMonth: number = date.day): LocalDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) };
}

/** `to − from` in days. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** `to − from` in calendar months, ignoring the days. */
export function monthsBetween(from: LocalDate, to: LocalDate): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: LocalDate): number {
  return ((new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay() + 6) % 7) + 1;
}

export function sameLocalDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

