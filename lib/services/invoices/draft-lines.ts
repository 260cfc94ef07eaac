// Helpers shared by the draft invoice use cases (create, line edits, duplicate): pricing manual
// lines through the engine and keeping the invoice's amounts equal to the sums of its lines.
import { computeInvoiceTotals } from "../../billing/invoice-totals";
import { sumMinor } from "../../billing/money";
import { toDec } from "../../billing/decimal";
import { roundToMinor } from "../../billing/rounding";
import type { TaxCustomer, TaxRate } from "../../billing/tax";
import {
  findInvoiceRecord,
  findProductsByIds,
  lockInvoiceRecord,
  updateInvoiceAmounts,
  type DraftLineData,
  type InvoiceAmounts,
  type InvoiceLineRecord,
  type InvoiceRecord,
} from "../../db/invoice-records";
import { findTaxRatesByIds } from "../../db/tax-rates";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";
import { createId } from "../../ids";
import type { InvoiceSummary, StoredLineTax, StoredTaxSummaryEntry } from "../../invoices/stored-invoice";
import type { Ctx } from "../context";
import { resolveCustomerTaxRates } from "../tax-rates/resolve-customer-tax-rates";
import { toEngineTaxRate } from "../tax-rates/dto";
import { MANUAL_LINE_KIND, storedSummary } from "./dto";
import { finalizeInvoiceInTx } from "./finalize-invoice";

const unprocessable = (param: string, message: string) => new AppError("unprocessable", message, { param });

/** 10^13 minor units per line keeps 100 lines' total a safe JSON integer. */
const MAX_LINE_AMOUNT_MINOR = 10n ** 13n;

/** A manual line ready to price: what it sells, how many, at what unit price (major units), taxed how. */
export type ManualLine = {
  key: string;
  description: string;
  quantity: string;
  unitAmount: string;
  taxRates: TaxRate[];
  periodStart: Date | null;
  periodEnd: Date | null;
};

/** The line fields as they come in (create, add, update): product and tax rates still to resolve. */
export type LineRequest = {
  description?: string;
  product_id?: string;
  quantity?: string;
  unit_amount: string;
  tax_rate_ids?: string[];
  period_start?: Date;
  period_end?: Date;
};

export type TaxContext = { customer: TaxCustomer; defaultRates: TaxRate[] };

export async function taxContextOf(db: Db, customerId: string): Promise<TaxContext> {
  const resolved = await resolveCustomerTaxRates(db, customerId);
  return { customer: resolved.customer, defaultRates: resolved.taxRates };
}

/**
 * Resolves each request's product (its name is the default description) and tax rates (the
 * customer's by default); refusals name the field, e.g. `lines[1].tax_rate_ids[0]`.
 */
export async function resolveLines(db: Db, currency: string, requests: readonly LineRequest[], taxes: TaxContext, paramOf: (index: number) => string): Promise<ManualLine[]> {
  const productIds = [...new Set(requests.flatMap((line) => (line.product_id ? [line.product_id] : [])))];
  const products = new Map((await findProductsByIds(db, productIds)).map((product) => [product.id, product]));
  const rateIds = [...new Set(requests.flatMap((line) => line.tax_rate_ids ?? []))];
  const rates = new Map((await findTaxRatesByIds(db, rateIds)).map((rate) => [rate.id, rate]));

  return requests.map((request, index) => {
    const prefix = paramOf(index);
    const param = (field: string) => (prefix ? `${prefix}.${field}` : field);
    let description = request.description;
    if (request.product_id !== undefined) {
      const product = products.get(request.product_id);
      if (!product) throw unprocessable(param("product_id"), `No product with id '${request.product_id}'.`);
      if (product.archivedAt) throw unprocessable(param("product_id"), `The product '${product.name}' is archived and cannot be sold.`);
      description ??= product.name;
    }
    const taxRates =
      request.tax_rate_ids === undefined
        ? taxes.defaultRates
        : request.tax_rate_ids.map((id, rateIndex) => {
            const rate = rates.get(id);
            if (!rate) throw unprocessable(param(`tax_rate_ids[${rateIndex}]`), `No tax rate with id '${id}'.`);
            if (rate.archivedAt) throw unprocessable(param(`tax_rate_ids[${rateIndex}]`), `The tax rate '${rate.name}' is archived.`);
            return toEngineTaxRate(rate);
          });
    if (taxRates.some((rate) => rate.inclusive !== taxRates[0]!.inclusive)) {
      throw unprocessable(param("tax_rate_ids"), "Inclusive and exclusive tax rates cannot be mixed on one line.");
    }
    const quantity = request.quantity ?? "1";
    if (toDec(quantity).isZero()) throw unprocessable(param("quantity"), "quantity must be more than 0 (remove the line instead).");
    if (roundToMinor(toDec(quantity).mul(request.unit_amount), currency) > MAX_LINE_AMOUNT_MINOR) {
      throw unprocessable(param("unit_amount"), "The line amount (quantity × unit_amount) is too large.");
    }
    return {
      key: request.product_id ?? "manual",
      description: description!,
      quantity,
      unitAmount: request.unit_amount,
      taxRates,
      periodStart: request.period_start ?? null,
      periodEnd: request.period_end ?? null,
    };
  });
}

/**
 * Prices manual lines through the engine (coupons do not apply to manual lines): amount =
 * quantity × unit amount rounded half-up once to the currency's minor unit, then the tax of each
 * line on its own (per-line rounding, the engine's default). Positions start at `firstPosition`.
 */
export function priceLines(currency: string, lines: readonly ManualLine[], customer: TaxCustomer, firstPosition: number, now: Date): { lines: DraftLineData[]; notes: string[] } {
  const withIds = lines.map((line) => ({ ...line, id: createId("invoiceLine", now.getTime()), amountMinor: roundToMinor(toDec(line.quantity).mul(line.unitAmount), currency) }));
  const totals = computeInvoiceTotals({
    currency,
    lines: withIds.map((line) => ({ key: line.id, description: line.description, amountMinor: line.amountMinor, taxRates: line.taxRates })),
    couponPeriodIndex: 0,
    customer,
  });
  const byId = new Map(totals.lines.map((line) => [line.key, line]));
  return {
    notes: totals.notes,
    lines: withIds.map((line, index) => {
      const priced = byId.get(line.id)!;
      // The engine lists every rate of the line (also at 0 tax), none for exempt or reverse-charge customers.
      const taxes: StoredLineTax[] = priced.taxes.map((tax) => ({ rate_id: tax.rateId, tax_minor: tax.taxMinor.toString() }));
      return {
        id: line.id,
        position: firstPosition + index,
        key: line.key,
        description: line.description,
        kind: MANUAL_LINE_KIND,
        quantity: line.quantity,
        unitAmount: line.unitAmount,
        amountMinor: priced.amountMinor,
        taxMinor: priced.taxMinor,
        totalMinor: priced.totalMinor,
        taxInclusive: priced.taxInclusive,
        periodStart: line.periodStart,
        periodEnd: line.periodEnd,
        breakdown: [],
        taxes,
      };
    }),
  };
}

type LineAmounts = Pick<DraftLineData, "amountMinor" | "taxMinor" | "totalMinor" | "taxInclusive"> & { discountMinor?: bigint; taxes: unknown };

/**
 * The invoice amounts as sums of its lines, and the tax summary rebuilt from the lines' per-rate
 * taxes (rate definitions from the stored summary, else the tax rate rows). Notes (exempt, reverse
 * charge) are kept and merged.
 */
export async function amountsOfLines(db: Db, lines: readonly LineAmounts[], previous: InvoiceSummary, notes: readonly string[]): Promise<InvoiceAmounts> {
  const definitions = new Map(previous.tax_summary.map((entry) => [entry.rate_id, entry]));
  const lineTaxes = lines.map((line) => line.taxes as StoredLineTax[]);
  const missing = [...new Set(lineTaxes.flat().map((tax) => tax.rate_id))].filter((id) => !definitions.has(id));
  for (const rate of (await findTaxRatesByIds(db, missing)).map(toEngineTaxRate)) {
    definitions.set(rate.id, { rate_id: rate.id, name: rate.name, percent: rate.percent, inclusive: rate.inclusive, taxable_base_minor: "0", tax_minor: "0" });
  }
  const summary = new Map<string, { base: bigint; tax: bigint }>();
  lines.forEach((line, index) => {
    const net = line.amountMinor - (line.discountMinor ?? 0n);
    const base = line.taxInclusive ? net - line.taxMinor : net;
    for (const tax of lineTaxes[index]!) {
      const entry = summary.get(tax.rate_id) ?? { base: 0n, tax: 0n };
      summary.set(tax.rate_id, { base: entry.base + base, tax: entry.tax + BigInt(tax.tax_minor) });
    }
  });
  const taxSummary: StoredTaxSummaryEntry[] = [...summary].map(([rateId, { base, tax }]) => {
    const definition = definitions.get(rateId);
    if (!definition) throw new Error(`Tax rate ${rateId} of an invoice line does not exist.`);
    return { ...definition, taxable_base_minor: base.toString(), tax_minor: tax.toString() };
  });
  const totalMinor = sumMinor(lines.map((line) => line.totalMinor));
  const stored: InvoiceSummary = { ...previous, tax_summary: taxSummary, notes: [...new Set([...previous.notes, ...notes])] };
  return {
    subtotalMinor: sumMinor(lines.map((line) => line.amountMinor)),
    discountMinor: sumMinor(lines.map((line) => line.discountMinor ?? 0n)),
    taxMinor: sumMinor(lines.map((line) => line.taxMinor)),
    inclusiveTaxMinor: sumMinor(lines.filter((line) => line.taxInclusive).map((line) => line.taxMinor)),
    totalMinor,
    amountDueMinor: totalMinor,
    summary: stored,
  };
}

/** Loads and locks a draft for an edit; anything else is a 409 naming its status. */
export async function lockDraft(db: Db, invoiceId: string, action: string): Promise<InvoiceRecord> {
  const invoice = await lockInvoiceRecord(db, invoiceId);
  if (!invoice) throw notFound("invoice", invoiceId);
  if (invoice.status !== "DRAFT") {
    throw new AppError("invalid_state", `This invoice is ${invoice.status.toLowerCase()}; only a draft can ${action}.${invoice.status === "OPEN" ? " Void it or issue a credit note instead." : ""}`);
  }
  return invoice;
}

/** After a line edit: the draft's amounts become the sums of its lines again. */
export async function refreshDraftAmounts(db: Db, invoiceId: string, notes: readonly string[], now: Date): Promise<void> {
  const invoice = await findInvoiceRecord(db, invoiceId);
  if (!invoice) throw notFound("invoice", invoiceId);
  await updateInvoiceAmounts(db, invoiceId, await amountsOfLines(db, invoice.lines, storedSummary(invoice), notes), now);
}

/**
 * Finalizes a draft in the caller's transaction (number, parties, credit balance: see
 * finalizeInvoiceInTx); a due date set on the draft by hand wins over the payment terms.
 */
export async function finalizeDraftInTx(db: Db, ctx: Ctx, invoiceId: string): Promise<void> {
  await lockDraft(db, invoiceId, "be finalized");
  await finalizeInvoiceInTx(db, ctx, invoiceId);
}

/**
 * A line of the draft that may be edited: manual lines only. Lines a subscription produced carry
 * its prices and coupons; change the subscription, or add a manual line, instead.
 */
export function findDraftLine(draft: InvoiceRecord, lineId: string): InvoiceLineRecord {
  const line = draft.lines.find((candidate) => candidate.id === lineId);
  if (!line) throw new AppError("not_found", `The invoice has no line with id '${lineId}'.`, { param: "lineId" });
  if (line.kind !== MANUAL_LINE_KIND) {
    throw new AppError("invalid_state", `This line comes from the subscription (${line.kind}); only manual lines can be edited or removed.`, { param: "lineId" });
  }
  return line;
}
