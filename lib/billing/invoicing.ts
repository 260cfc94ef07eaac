/**
 * Invoice assembly, Kill Bill-style: the invoice of one subscription for one billing period is
 * recomputed from its inputs alone (items, usage aggregates, coupons, tax rates), so the same
 * inputs always give the same invoice and a re-run after a correction simply replaces the draft.
 * Rules and a worked example: docs/pricing.md.
 *
 * Which period each item bills on the invoice that OPENS period `periodIndex`:
 * - recurring, in_advance → period `periodIndex` (the period being opened);
 * - recurring, in_arrears and every usage item → period `periodIndex − 1` (the period that just
 *   ended); nothing on the invoice of period 0;
 * - one_time → once, on the invoice of period 0 (full amount: no proration, no trial).
 *
 * Recurring fees are prorated with `prorateAmount` (the cycle's `prorationMode`) over the part of
 * the period that is both active ([activeFrom, activeUntil)) and out of trial ([trialEnd, …)); a
 * calendar stub is prorated over [nominalStart, end). Usage is rated on the aggregate as is: usage
 * recorded during a trial IS billed (an aggregate has no time inside the period to split it by).
 * Lines of 0 are left out. Each line's key is its item key, so coupons target items by key.
 */
import { assertCurrency, type CurrencyCode } from "./currency";
import type { Coupon } from "./discounts";
import { BillingError } from "./errors";
import { computeInvoiceTotals, type InvoiceTotals } from "./invoice-totals";
import { periodByIndex, type BillingCycle, type BillingPeriod } from "./periods";
import { rateCharge } from "./pricing/rate-charge";
import type { BreakdownLine, ChargeDefinition, RatingInput } from "./pricing/types";
import { prorateAmount, type ProrationMode } from "./proration";
import type { TaxCustomer, TaxRate, TaxRounding } from "./tax";
import { assertInstant } from "./zoned-time";

export type SubscriptionItemKind = "recurring" | "usage" | "one_time";
export type BillingTiming = "in_advance" | "in_arrears";

export type SubscriptionItem = {
  /** Unique within the subscription; also the key of the item's invoice line. */
  key: string;
  description: string;
  /** Prices in major units of `charge.currency`, which must be the invoice currency. */
  charge: ChargeDefinition;
  kind: SubscriptionItemKind;
  /** usage: in_arrears only. one_time: in_advance only. */
  timing: BillingTiming;
  /** Decimal string rated for recurring and one_time items (seats, units); default "1". Ignored for usage. */
  quantity?: string;
  /** Default: active since the anchor. */
  activeFrom?: Date;
  /** Exclusive; null or absent: still active. */
  activeUntil?: Date | null;
};

/** The usage of one usage item in one period: `transactions` for the percentage model, `quantity` otherwise. */
export type UsageAggregate = { itemKey: string; periodIndex: number; quantity?: string; transactions?: string[] };

export type InvoiceDraftInput = {
  currency: string;
  cycle: BillingCycle;
  /** The period this invoice opens (0 = the first invoice). */
  periodIndex: number;
  prorationMode: ProrationMode;
  /** Exclusive; null: no trial. */
  trialEnd: Date | null;
  items: readonly SubscriptionItem[];
  /** Aggregates of other periods are ignored. */
  usage: readonly UsageAggregate[];
  coupons: readonly Coupon[];
  /** Billing periods since the coupons were redeemed (0 = the period of redemption). */
  couponPeriodIndex: number;
  /** Tax rates of each item's line, by item key; a missing key means no tax. */
  taxRatesByItem: Readonly<Record<string, readonly TaxRate[]>>;
  customer: TaxCustomer;
  taxRounding?: TaxRounding;
  creditBalanceMinor?: bigint;
};

export type InvoiceDraftLine = {
  /** = itemKey: an item bills at most one line per invoice. */
  key: string;
  description: string;
  itemKey: string;
  kind: SubscriptionItemKind;
  /** The span billed: the billed period cut to the item's active, out-of-trial time (usage: active time). */
  periodStart: Date;
  periodEnd: Date;
  /** The rated quantity; the number of transactions for the percentage model. */
  quantity: string;
  /** What the line charges, after proration and trial. */
  amountMinor: bigint;
  /** The rated amount of the whole period, before proration and trial. */
  unproratedAmountMinor: bigint;
  /** From rateCharge, for the whole period (exact, unrounded major units). */
  breakdown: BreakdownLine[];
  taxRates: TaxRate[];
};

export type InvoiceDraft = {
  currency: CurrencyCode;
  periodIndex: number;
  /** The period the invoice opens (period `periodIndex`); each line carries the span it bills. */
  periodStart: Date;
  periodEnd: Date;
  lines: InvoiceDraftLine[];
  totals: InvoiceTotals;
};

function invalid(message: string, details: Record<string, unknown>): BillingError {
  return new BillingError("invalid_invoice_input", message, details);
}

const later = (a: Date, b: Date) => (a > b ? a : b);
const earlier = (a: Date, b: Date) => (a < b ? a : b);

/**
 * The draft invoice that opens period `input.periodIndex`. `asOf` (the invoice date) only gates the
 * run: it must not precede the start of that period (invoice_not_due), because the arrears usage of
 * the previous period is not final before then. The result does not otherwise depend on it.
 */
export function buildInvoiceDraft(input: InvoiceDraftInput, asOf: Date): InvoiceDraft {
  const currency = assertCurrency(input.currency);
  assertInstant(asOf, "asOf");
  const { cycle, periodIndex } = input;
  const opened = periodByIndex(cycle, periodIndex);
  if (asOf < opened.start) {
    throw new BillingError("invoice_not_due", `Period ${periodIndex} starts ${opened.start.toISOString()}, after asOf ${asOf.toISOString()}.`, {
      periodIndex,
      asOf: asOf.toISOString(),
    });
  }
  if (input.trialEnd !== null) assertInstant(input.trialEnd, "trialEnd");
  const previous = periodIndex > 0 ? periodByIndex(cycle, periodIndex - 1) : null;
  const usage = usageByItem(input);

  const lines: InvoiceDraftLine[] = [];
  for (const item of input.items) {
    assertItem(item, currency);
    const line = lineFor(item, input, opened, previous, usage);
    if (line && line.amountMinor !== 0n) lines.push(line);
  }

  const totals = computeInvoiceTotals({
    currency,
    lines: lines.map(({ key, description, amountMinor, taxRates }) => ({ key, description, amountMinor, taxRates })),
    coupons: input.coupons,
    couponPeriodIndex: input.couponPeriodIndex,
    customer: input.customer,
    ...(input.taxRounding !== undefined ? { taxRounding: input.taxRounding } : {}),
    ...(input.creditBalanceMinor !== undefined ? { creditBalanceMinor: input.creditBalanceMinor } : {}),
  });
  return { currency, periodIndex, periodStart: opened.start, periodEnd: opened.end, lines, totals };
}

function assertItem(item: SubscriptionItem, currency: CurrencyCode): void {
  const { key, kind, timing } = item;
  if (kind !== "recurring" && kind !== "usage" && kind !== "one_time") throw invalid(`Item ${JSON.stringify(key)}: unknown kind ${JSON.stringify(kind)}.`, { key });
  if (timing !== "in_advance" && timing !== "in_arrears") throw invalid(`Item ${JSON.stringify(key)}: unknown timing ${JSON.stringify(timing)}.`, { key });
  if (kind === "usage" && timing !== "in_arrears") throw invalid(`Usage item ${JSON.stringify(key)} must be billed in_arrears.`, { key });
  if (kind === "one_time" && timing !== "in_advance") throw invalid(`One-time item ${JSON.stringify(key)} must be billed in_advance.`, { key });
  if (assertCurrency(item.charge.currency) !== currency) {
    throw new BillingError("currency_mismatch", `Item ${JSON.stringify(key)} is priced in ${item.charge.currency}, the invoice in ${currency}.`, {
      currencies: [item.charge.currency, currency],
    });
  }
  if (item.activeFrom !== undefined) assertInstant(item.activeFrom, "activeFrom");
  if (item.activeUntil != null) assertInstant(item.activeUntil, "activeUntil");
  if (item.activeFrom !== undefined && item.activeUntil != null && item.activeUntil < item.activeFrom) {
    throw invalid(`Item ${JSON.stringify(key)}: activeUntil precedes activeFrom.`, { key });
  }
}

/** Validates the items' keys and the aggregates; returns each usage item's aggregate by period index. */
function usageByItem(input: InvoiceDraftInput): Map<string, Map<number, UsageAggregate>> {
  const kinds = new Map<string, SubscriptionItemKind>();
  for (const item of input.items) {
    if (kinds.has(item.key)) throw invalid(`Item key ${JSON.stringify(item.key)} appears twice.`, { key: item.key });
    kinds.set(item.key, item.kind);
  }
  const byItem = new Map<string, Map<number, UsageAggregate>>();
  for (const aggregate of input.usage) {
    const { itemKey, periodIndex } = aggregate;
    if (kinds.get(itemKey) !== "usage") throw invalid(`Usage aggregate for ${JSON.stringify(itemKey)}, which is not a usage item.`, { key: itemKey });
    if (!Number.isSafeInteger(periodIndex) || periodIndex < 0) throw invalid(`Usage period index must be a whole number ≥ 0 (got ${periodIndex}).`, { key: itemKey });
    if ((aggregate.quantity === undefined) === (aggregate.transactions === undefined)) {
      throw invalid(`Usage aggregate of ${JSON.stringify(itemKey)} must carry exactly one of quantity and transactions.`, { key: itemKey });
    }
    const periods = byItem.get(itemKey) ?? new Map<number, UsageAggregate>();
    if (periods.has(periodIndex)) throw invalid(`Two usage aggregates for ${JSON.stringify(itemKey)} in period ${periodIndex}.`, { key: itemKey, periodIndex });
    byItem.set(itemKey, periods.set(periodIndex, aggregate));
  }
  return byItem;
}

/** The item's active time inside `period`, or null when it is not active there. */
function activeSpan(item: SubscriptionItem, period: BillingPeriod): { from: Date; to: Date } | null {
  const from = item.activeFrom ? later(item.activeFrom, period.start) : period.start;
  const to = item.activeUntil ? earlier(item.activeUntil, period.end) : period.end;
  return from < to ? { from, to } : null;
}

function lineFor(
  item: SubscriptionItem,
  input: InvoiceDraftInput,
  opened: BillingPeriod,
  previous: BillingPeriod | null,
  usage: Map<string, Map<number, UsageAggregate>>,
): InvoiceDraftLine | null {
  const billed = item.kind === "one_time" ? (opened.index === 0 ? opened : null) : item.timing === "in_advance" ? opened : previous;
  if (!billed) return null;
  const span = activeSpan(item, billed);
  if (!span) return null;

  if (item.kind === "usage") {
    const aggregate = usage.get(item.key)?.get(billed.index);
    const ratingInput = usageInput(item.charge, aggregate);
    const rated = rateCharge(item.charge, ratingInput);
    const quantity = "quantity" in ratingInput ? ratingInput.quantity : String(ratingInput.transactions.length);
    return line(item, input, span, quantity, rated.amountMinor, rated.amountMinor, rated.breakdown);
  }

  const quantity = item.quantity ?? "1";
  const rated = rateCharge(item.charge, { quantity });
  if (item.kind === "one_time") return line(item, input, span, quantity, rated.amountMinor, rated.amountMinor, rated.breakdown);

  // Recurring: the active span, minus the trial, prorated over the whole (nominal, for a stub) period.
  const from = input.trialEnd ? later(span.from, input.trialEnd) : span.from;
  if (from >= span.to) return null;
  const amountMinor = prorateAmount({
    amountMinor: rated.amountMinor,
    currency: input.currency,
    period: { start: billed.nominalStart, end: billed.end },
    from,
    to: span.to,
    mode: input.prorationMode,
    timeZone: input.cycle.timeZone,
  });
  return line(item, input, { from, to: span.to }, quantity, amountMinor, rated.amountMinor, rated.breakdown);
}

function usageInput(charge: ChargeDefinition, aggregate: UsageAggregate | undefined): RatingInput {
  const byTransactions = charge.model === "percentage";
  if (aggregate && (aggregate.transactions !== undefined) !== byTransactions) {
    const expected = byTransactions ? "transactions" : "quantity";
    throw invalid(`Usage of ${JSON.stringify(aggregate.itemKey)} is rated by ${expected}.`, { key: aggregate.itemKey });
  }
  if (byTransactions) return { transactions: aggregate?.transactions ?? [] };
  return { quantity: aggregate?.quantity ?? "0" };
}

function line(
  item: SubscriptionItem,
  input: InvoiceDraftInput,
  span: { from: Date; to: Date },
  quantity: string,
  amountMinor: bigint,
  unproratedAmountMinor: bigint,
  breakdown: BreakdownLine[],
): InvoiceDraftLine {
  return {
    key: item.key,
    description: item.description,
    itemKey: item.key,
    kind: item.kind,
    periodStart: new Date(span.from.getTime()),
    periodEnd: new Date(span.to.getTime()),
    quantity,
    amountMinor,
    unproratedAmountMinor,
    breakdown,
    taxRates: [...(Object.hasOwn(input.taxRatesByItem, item.key) ? (input.taxRatesByItem[item.key] ?? []) : [])],
  };
}
