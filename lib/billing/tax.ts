/**
 * Tax on discounted invoice lines: exclusive and inclusive rates, several rates per line (state +
 * county), exempt and reverse-charge customers, and two rounding modes. Rules, the choice of
 * default and worked examples: docs/pricing.md.
 */
import { allocate } from "./allocate";
import { BillingError } from "./errors";
import { money, sumMinor } from "./money";
import { HUNDRED_PERCENT, parsePercent } from "./percent";
import { roundQuotientMinor } from "./rounding";

/** `percent` is a decimal string ("19", "6.25"); an inclusive rate is already contained in the line amount. */
export type TaxRate = { id: string; name: string; percent: string; inclusive: boolean };

export type TaxRounding = "per_line" | "per_invoice";

export type TaxCustomer = { taxExempt: boolean; reverseCharge: boolean };

/** `netMinor` is the line amount after discounts: tax is computed on it. */
export type TaxableLine = { netMinor: bigint; taxRates?: readonly TaxRate[] };

export type RateTax = { rateId: string; taxMinor: bigint };

/** `taxInclusive`: the tax is contained in `netMinor` rather than added to it. */
export type LineTax = { taxMinor: bigint; taxes: RateTax[]; taxInclusive: boolean; reverseCharge: boolean };

/** Per rate: the tax-exclusive amount it was charged on and the tax, summed over the lines carrying it. */
export type TaxSummaryEntry = Omit<TaxRate, "id"> & { rateId: string; taxableBaseMinor: bigint; taxMinor: bigint };

/**
 * Rounding each line's tax keeps a line's tax a function of that line alone: it does not move when
 * other lines are added (previews, proration), a credit note for one line reverses exactly the tax
 * charged on it, and it matches how Stripe computes tax on line items. `per_invoice` is there for
 * customers or jurisdictions that require the tax of each rate to be computed on the invoice total.
 */
export const DEFAULT_TAX_ROUNDING: TaxRounding = "per_line";

export const TAX_EXEMPT_NOTE = "Tax exempt: no tax charged";
export const REVERSE_CHARGE_NOTE = "Reverse charge: VAT to be accounted for by the recipient";

/** One rate on one line; its exact tax is numerator / denominator minor units. */
type RateCell = { rate: TaxRate; numerator: bigint; denominator: bigint; taxMinor: bigint };

/**
 * Tax per line (returned in input order, extra fields kept), a summary per rate and the notes the
 * invoice must carry. Exclusive: tax = net × rate. Inclusive: net already contains the tax, so the
 * tax-exclusive base is net / (1 + Σ rates) and each rate's tax is net × rate / (1 + Σ rates).
 * Exempt and reverse-charge customers pay no tax and the line amount is charged as is, also for
 * inclusive prices.
 */
export function computeTax<L extends TaxableLine>(
  currency: string,
  lines: readonly L[],
  customer: TaxCustomer,
  rounding: TaxRounding = DEFAULT_TAX_ROUNDING,
): { lines: (L & LineTax)[]; summary: TaxSummaryEntry[]; notes: string[] } {
  const percents = validatedPercents(lines);
  if (customer.taxExempt && customer.reverseCharge) {
    throw new BillingError("invalid_invoice_input", "A customer cannot be both tax exempt and subject to reverse charge.");
  }
  if (customer.taxExempt || customer.reverseCharge) {
    return {
      lines: lines.map((line) => {
        const rates = line.taxRates ?? [];
        const taxInclusive = rates[0]?.inclusive ?? false;
        return { ...line, taxMinor: 0n, taxes: [], taxInclusive, reverseCharge: customer.reverseCharge && rates.length > 0 };
      }),
      summary: [],
      notes: [customer.taxExempt ? TAX_EXEMPT_NOTE : REVERSE_CHARGE_NOTE],
    };
  }

  const cells = lines.map((line) => exactTaxes(line, percents));
  if (rounding === "per_line") {
    for (const cell of cells.flat()) cell.taxMinor = roundQuotientMinor(cell.numerator, cell.denominator);
  } else {
    for (const rateCells of groupByRate(cells.flat())) roundRateOnce(rateCells, currency);
  }

  const summary = new Map<string, TaxSummaryEntry>();
  const taxed = lines.map((line, index) => {
    const lineCells = cells[index]!;
    const taxMinor = sumMinor(lineCells.map((cell) => cell.taxMinor));
    const taxInclusive = line.taxRates?.[0]?.inclusive ?? false;
    const taxableBaseMinor = taxInclusive ? line.netMinor - taxMinor : line.netMinor;
    for (const { rate, taxMinor: rateTax } of lineCells) {
      const { id, ...definition } = rate;
      const entry = summary.get(id) ?? { rateId: id, ...definition, taxableBaseMinor: 0n, taxMinor: 0n };
      summary.set(id, { ...entry, taxableBaseMinor: entry.taxableBaseMinor + taxableBaseMinor, taxMinor: entry.taxMinor + rateTax });
    }
    const taxes = lineCells.map((cell) => ({ rateId: cell.rate.id, taxMinor: cell.taxMinor }));
    return { ...line, taxMinor, taxes, taxInclusive, reverseCharge: false };
  });
  return { lines: taxed, summary: [...summary.values()], notes: [] };
}

function exactTaxes(line: TaxableLine, percents: ReadonlyMap<string, bigint>): RateCell[] {
  const rates = line.taxRates ?? [];
  const percentOf = (rate: TaxRate) => percents.get(rate.id)!;
  // Inclusive: net = base × (1 + Σ rates), so base × rate = net × rate / (1 + Σ rates).
  const inclusiveShare = rates[0]?.inclusive ? sumMinor(rates.map(percentOf)) : 0n;
  const denominator = HUNDRED_PERCENT + inclusiveShare;
  return rates.map((rate) => ({ rate, numerator: line.netMinor * percentOf(rate), denominator, taxMinor: 0n }));
}

function groupByRate(cells: readonly RateCell[]): RateCell[][] {
  const groups = new Map<string, RateCell[]>();
  for (const cell of cells) {
    const group = groups.get(cell.rate.id);
    if (group) group.push(cell);
    else groups.set(cell.rate.id, [cell]);
  }
  return [...groups.values()];
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/**
 * per_invoice: the rate's tax is its exact total over the invoice, rounded once, then split over
 * the lines in proportion to their exact tax by largest remainder, so the lines still sum to it.
 * Credit lines take minus their own rounded exact total and charges the rest, so no line is given
 * tax of the opposite sign to its amount.
 */
function roundRateOnce(cells: readonly RateCell[], currency: string): void {
  // Exact tax as integers over one common denominator (inclusive lines may have different ones).
  const common = cells.reduce((lcm, cell) => (lcm / gcd(lcm, cell.denominator)) * cell.denominator, 1n);
  const exact = cells.map((cell) => cell.numerator * (common / cell.denominator));
  const total = roundQuotientMinor(sumMinor(exact), common);
  const creditWeights = exact.map((tax) => (tax < 0n ? -tax : 0n));
  const creditTotal = -roundQuotientMinor(sumMinor(creditWeights), common);
  const charges = allocate(money(total - creditTotal, currency), exact.map((tax) => (tax > 0n ? tax : 0n)));
  const credits = allocate(money(creditTotal, currency), creditWeights);
  cells.forEach((cell, index) => {
    cell.taxMinor = charges[index]!.amountMinor + credits[index]!.amountMinor;
  });
}

/** Scaled percent per rate id; throws invalid_tax_rate for a malformed or inconsistent rate. */
function validatedPercents(lines: readonly TaxableLine[]): Map<string, bigint> {
  const percents = new Map<string, bigint>();
  const seen = new Map<string, TaxRate>();
  for (const rates of lines.map((line) => line.taxRates ?? [])) {
    for (const rate of rates) {
      const fail = (message: string): never => {
        throw new BillingError("invalid_tax_rate", `Tax rate ${JSON.stringify(rate.id)}: ${message}`, { rateId: rate.id });
      };
      const percent = parsePercent(rate.percent);
      if (percent === undefined || percent < 0n) fail(`percent must be a decimal string of at least 0 (got ${JSON.stringify(rate.percent)}).`);
      const previous = seen.get(rate.id);
      if (previous && (previous.percent !== rate.percent || previous.inclusive !== rate.inclusive || previous.name !== rate.name)) {
        fail("the same id carries different definitions on different lines.");
      }
      if (rates.filter((other) => other.id === rate.id).length > 1) fail("appears twice on one line.");
      // A line's amount is either net of every rate or gross of every rate; a mix has no single base.
      if (rate.inclusive !== rates[0]!.inclusive) fail("inclusive and exclusive rates cannot be mixed on one line.");
      seen.set(rate.id, rate);
      percents.set(rate.id, percent!);
    }
  }
  return percents;
}
