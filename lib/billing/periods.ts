/**
 * Billing periods: where each period of a subscription starts and ends. Rules and worked examples:
 * docs/pricing.md.
 *
 * Every boundary after the first is local midnight in the billing time zone, computed from the
 * cycle's origin date (never from the previous boundary, so month-end anchors do not drift):
 * anchor Jan 31 → Feb 29 → Mar 31 → Apr 30. Period 0 starts at the anchor instant itself.
 */
import { BillingError } from "./errors";
import {
  addDays,
  addMonths,
  daysBetween,
  isoWeekday,
  monthsBetween,
  sameLocalDate,
  type LocalDate,
} from "./local-date";
import { assertInstant, assertTimeZone, toLocalDate, zonedMidnight } from "./zoned-time";

export type BillingInterval = "day" | "week" | "month" | "quarter" | "year";

export type BillingCycle = {
  interval: BillingInterval;
  intervalCount: number;
  /** IANA zone of the customer (or organisation): boundaries are midnights there. */
  timeZone: string;
  /** anniversary: periods repeat from the anchor's local date. calendar: they follow calendar units (1st of month, Monday, Jan 1, Jan/Apr/Jul/Oct). */
  alignment: "anniversary" | "calendar";
  /** The subscription start (or billing anchor) instant. */
  anchor: Date;
};

export type BillingPeriod = {
  /** 0 for the first period. */
  index: number;
  start: Date;
  /** Exclusive. */
  end: Date;
  /** Calendar alignment only: period 0 is a stub, the tail of a calendar period that began before the anchor. */
  stub: boolean;
  /** Where the period would start if it were whole: `start`, except for a stub. Prorate a stub over [nominalStart, end). */
  nominalStart: Date;
};

type Unit = { days: number } | { months: number };

const UNITS: Record<BillingInterval, Unit> = {
  day: { days: 1 },
  week: { days: 7 },
  month: { months: 1 },
  quarter: { months: 3 },
  year: { months: 12 },
};

// At most three years per period, as Stripe allows (36 months, 156 weeks).
const MAX_INTERVAL_COUNT: Record<BillingInterval, number> = { day: 1095, week: 156, month: 36, quarter: 12, year: 3 };

/** A validated cycle reduced to date arithmetic: boundary k (k ≥ 1) is local midnight of `origin` + k × step. */
type Grid = {
  cycle: BillingCycle;
  unit: Unit;
  origin: LocalDate;
  /** Month-based steps land on this day, clamped to the month's length. */
  dayOfMonth: number;
  stub: boolean;
};

function invalid(message: string, details: Record<string, unknown>): BillingError {
  return new BillingError("invalid_period", message, details);
}

function addUnits(date: LocalDate, unit: Unit, count: number, dayOfMonth: number): LocalDate {
  return "days" in unit ? addDays(date, count * unit.days) : addMonths(date, count * unit.months, dayOfMonth);
}

/** First day of the calendar unit holding `date`: itself, its Monday, the 1st of its month, quarter or year. */
function calendarUnitStart(date: LocalDate, interval: BillingInterval): LocalDate {
  switch (interval) {
    case "day":
      return date;
    case "week":
      return addDays(date, 1 - isoWeekday(date));
    case "month":
      return { year: date.year, month: date.month, day: 1 };
    case "quarter":
      return { year: date.year, month: date.month - ((date.month - 1) % 3), day: 1 };
    case "year":
      return { year: date.year, month: 1, day: 1 };
  }
}

function gridOf(cycle: BillingCycle): Grid {
  const { interval, intervalCount, alignment, anchor, timeZone } = cycle;
  if (!Object.hasOwn(UNITS, interval)) throw invalid(`Unknown billing interval: ${String(interval)}`, { interval });
  if (!Number.isInteger(intervalCount) || intervalCount < 1 || intervalCount > MAX_INTERVAL_COUNT[interval]) {
    throw invalid(`intervalCount must be an integer from 1 to ${MAX_INTERVAL_COUNT[interval]} for ${interval}`, { interval, intervalCount });
  }
  if (alignment !== "anniversary" && alignment !== "calendar") throw invalid(`Unknown alignment: ${String(alignment)}`, { alignment });
  assertInstant(anchor, "anchor");
  assertTimeZone(timeZone);

  const unit = UNITS[interval];
  const anchorDate = toLocalDate(anchor, timeZone);
  if (alignment === "anniversary") return { cycle, unit, origin: anchorDate, dayOfMonth: anchorDate.day, stub: false };

  // An anchor on a calendar boundary day starts a whole period; any other anchor starts a stub up
  // to the next boundary, so the grid starts intervalCount units before that boundary.
  const unitStart = calendarUnitStart(anchorDate, interval);
  const stub = !sameLocalDate(unitStart, anchorDate);
  const origin = stub ? addUnits(unitStart, unit, 1 - intervalCount, 1) : anchorDate;
  return { cycle, unit, origin, dayOfMonth: origin.day, stub };
}

function boundary(grid: Grid, k: number): Date {
  if (k === 0) return new Date(grid.cycle.anchor.getTime()); // a copy: callers may mutate the Dates they get
  return zonedMidnight(addUnits(grid.origin, grid.unit, k * grid.cycle.intervalCount, grid.dayOfMonth), grid.cycle.timeZone);
}

function periodOf(grid: Grid, index: number): BillingPeriod {
  const start = boundary(grid, index);
  const stub = grid.stub && index === 0;
  return { index, start, end: boundary(grid, index + 1), stub, nominalStart: stub ? zonedMidnight(grid.origin, grid.cycle.timeZone) : new Date(start.getTime()) };
}

/** The `index`-th period of the cycle (0 = the first). */
export function periodByIndex(cycle: BillingCycle, index: number): BillingPeriod {
  if (!Number.isSafeInteger(index) || index < 0) throw invalid(`Period index must be a non-negative integer: ${index}`, { index });
  return periodOf(gridOf(cycle), index);
}

function periodContaining(grid: Grid, instant: Date): BillingPeriod {
  const { unit, cycle } = grid;
  // Estimate the index from local dates, then step to the exact period by comparing instants.
  const date = toLocalDate(instant, cycle.timeZone);
  const elapsed = "days" in unit ? daysBetween(grid.origin, date) / unit.days : monthsBetween(grid.origin, date) / unit.months;
  let period = periodOf(grid, Math.max(0, Math.floor(elapsed / cycle.intervalCount)));
  while (instant < period.start) period = periodOf(grid, period.index - 1);
  while (instant >= period.end) period = periodOf(grid, period.index + 1);
  return period;
}

/** The period containing `asOf` (start ≤ asOf < end). `asOf` must not precede the anchor. */
export function periodAt(cycle: BillingCycle, asOf: Date): BillingPeriod {
  const grid = gridOf(cycle);
  assertInstant(asOf, "asOf");
  if (asOf < cycle.anchor) {
    throw invalid(`asOf ${asOf.toISOString()} precedes the anchor ${cycle.anchor.toISOString()}`, { asOf: asOf.toISOString() });
  }
  return periodContaining(grid, asOf);
}

/**
 * Every period that overlaps [from, to), in order: the catch-up list after downtime or for a
 * backdated start (a `from` before the anchor counts from the anchor). Callers pick what to bill,
 * e.g. in arrears the periods with `end <= to`.
 */
export function periodsBetween(cycle: BillingCycle, from: Date, to: Date): BillingPeriod[] {
  const grid = gridOf(cycle);
  assertInstant(from, "from");
  assertInstant(to, "to");
  if (to < from) throw invalid(`to ${to.toISOString()} precedes from ${from.toISOString()}`, { from: from.toISOString(), to: to.toISOString() });
  const first = from < cycle.anchor ? cycle.anchor : from;
  if (first >= to) return [];
  const periods = [periodContaining(grid, first)];
  for (let last = periods[0]!; last.end < to; ) {
    last = periodOf(grid, last.index + 1);
    periods.push(last);
  }
  return periods;
}

