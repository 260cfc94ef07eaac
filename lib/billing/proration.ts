/**
 * Proration: the share of a billing period that a change covers, and the money it moves. Rules and
 * worked examples: docs/pricing.md ("Proration").
 */
import { assertCurrency } from "./currency";
import { Dec } from "./decimal";
import { BillingError } from "./errors";
import { toEpochDay } from "./local-date";
import { roundMinor } from "./rounding";
import { assertInstant, assertTimeZone, toLocalDate } from "./zoned-time";

/**
 * by_second: exact seconds (a DST day has 23 or 25 hours). by_day: local calendar days; the day of
 * a change belongs wholly to the segment that starts on it. none: a partial period is worth
 * nothing. full_period: any non-empty part of a period is worth the whole period.
 */
export type ProrationMode = "by_second" | "by_day" | "none" | "full_period";

/** Exact, reduced, denominator > 0. */
export type Fraction = { numerator: bigint; denominator: bigint };

/** A BillingPeriod, or any [start, end): for a calendar stub pass [nominalStart, end). */
export type ProrationPeriod = { start: Date; end: Date };

export type ProrationInput = {
  period: ProrationPeriod;
  /** Covered segment [from, to); clamped to the period. */
  from: Date;
  to: Date;
  mode: ProrationMode;
  /** The billing time zone: by_day counts its calendar days. */
  timeZone: string;
};

export type ProratedChange = {
  /** ≤ 0: the unused time of the old price; exactly what a cancellation at `changeAt` credits. */
  creditMinor: bigint;
  /** ≥ 0: the remaining time of the new price; `netMinor − creditMinor`, so it absorbs the rounding. */
  chargeMinor: bigint;
  /** (new − old) × fraction, rounded once. */
  netMinor: bigint;
};

function invalidPeriod(message: string, details: Record<string, unknown>): BillingError {
  return new BillingError("invalid_period", message, details);
}

// Instants are truncated to whole seconds, so two changes within one second prorate identically.
function epochSeconds(instant: Date, name: string): number {
  return Math.floor(assertInstant(instant, name).getTime() / 1000);
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

function reduced(numerator: number, denominator: number): Fraction {
  const [n, d] = [BigInt(numerator), BigInt(denominator)];
  const divisor = gcd(n, d);
  return { numerator: n / divisor, denominator: d / divisor };
}

/** The exact share of `period` covered by [from, to), in [0, 1]. */
export function prorationFraction({ period, from, to, mode, timeZone }: ProrationInput): Fraction {
  assertTimeZone(timeZone);
  const start = epochSeconds(period.start, "period.start");
  const end = epochSeconds(period.end, "period.end");
  if (end <= start) throw invalidPeriod("A period must end after it starts", { start: period.start.toISOString(), end: period.end.toISOString() });
  const [rawFrom, rawTo] = [epochSeconds(from, "from"), epochSeconds(to, "to")];
  if (rawTo < rawFrom) throw invalidPeriod("to must not precede from", { from: from.toISOString(), to: to.toISOString() });
  const coveredFrom = Math.min(Math.max(rawFrom, start), end);
  const coveredTo = Math.min(Math.max(rawTo, start), end);

  switch (mode) {
    case "by_second":
      return reduced(coveredTo - coveredFrom, end - start);
    case "by_day": {
      const localDay = (seconds: number) => toEpochDay(toLocalDate(new Date(seconds * 1000), timeZone));
      const periodDays = localDay(end) - localDay(start);
      if (periodDays < 1) throw invalidPeriod("A by_day period must span at least one local midnight", { start: period.start.toISOString(), end: period.end.toISOString() });
      return reduced(localDay(coveredTo) - localDay(coveredFrom), periodDays);
    }
    case "none":
      return reduced(coveredFrom === start && coveredTo === end ? 1 : 0, 1);
    case "full_period":
      return reduced(coveredTo > coveredFrom ? 1 : 0, 1);
    default:
      throw invalidPeriod(`Unknown proration mode: ${String(mode)}`, { mode });
  }
}

/**
 * numerator / denominator in minor units, rounded by the one policy of rounding.ts (half away from
 * zero). Truncating the exact magnitude to one decimal keeps every half-up decision: the tenths
 * digit is ≥ 5 exactly when the exact remainder is ≥ ½. So the result is exact at any size.
 */
function roundRatio(numerator: bigint, denominator: bigint): bigint {
  const tenths = ((numerator < 0n ? -numerator : numerator) * 10n) / denominator;
  const magnitude = new Dec(`${tenths}e-1`);
  return roundMinor(numerator < 0n ? magnitude.neg() : magnitude);
}

function scaled(amountMinor: bigint, { numerator, denominator }: Fraction): bigint {
  return roundRatio(amountMinor * numerator, denominator);
}

/** `amountMinor` × the share of `period` covered by [from, to), rounded once: a mid-period start, a cancellation credit, a stub. */
export function prorateAmount({ amountMinor, currency, ...input }: ProrationInput & { amountMinor: bigint; currency: string }): bigint {
  assertCurrency(currency);
  return scaled(amountMinor, prorationFraction(input));
}

/**
 * A price change at `changeAt` inside `period` (upgrade, downgrade, quantity change), both prices
 * for the whole period. net = round((new − old) × f) with f the share of [changeAt, end);
 * credit = −round(old × f); charge = net − credit. So credit + charge = net exactly, an
 * upgrade undone within the same second nets to zero, and the credit equals a cancellation's.
 */
export function prorateChange({
  period,
  changeAt,
  oldAmountMinor,
  newAmountMinor,
  currency,
  mode,
  timeZone,
}: {
  period: ProrationPeriod;
  changeAt: Date;
  oldAmountMinor: bigint;
  newAmountMinor: bigint;
  currency: string;
  mode: ProrationMode;
  timeZone: string;
}): ProratedChange {
  assertCurrency(currency);
  if (oldAmountMinor < 0n || newAmountMinor < 0n) {
    throw new BillingError("invalid_amount", "Prices of a change must not be negative", {
      oldAmountMinor: oldAmountMinor.toString(),
      newAmountMinor: newAmountMinor.toString(),
    });
  }
  assertInstant(changeAt, "changeAt");
  if (changeAt < period.start || changeAt > period.end) {
    throw invalidPeriod("The change must fall inside the period", { changeAt: changeAt.toISOString() });
  }
  const share = prorationFraction({ period, from: changeAt, to: period.end, mode, timeZone });
  const creditMinor = -scaled(oldAmountMinor, share);
  const netMinor = scaled(newAmountMinor - oldAmountMinor, share);
  return { creditMinor, chargeMinor: netMinor - creditMinor, netMinor };
}
