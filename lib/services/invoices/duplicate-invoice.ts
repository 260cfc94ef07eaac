import "server-only";
import { toDec } from "../../billing/decimal";
import { money, toMajorString } from "../../billing/money";
import { roundToMinor } from "../../billing/rounding";
import type { TaxRate } from "../../billing/tax";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { insertManualInvoice, type InvoiceLineRecord } from "../../db/invoice-records";
import { findTaxRatesByIds } from "../../db/tax-rates";
import type { Db } from "../../db/types";
import { createId } from "../../ids";
import { EMPTY_INVOICE_SUMMARY, type StoredLineTax } from "../../invoices/stored-invoice";
import type { DuplicateInvoiceInput, InvoiceDto } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { lockWritableCustomer } from "../customers/shared";
import { decimalText } from "../plans/dto";
import { toEngineTaxRate } from "../tax-rates/dto";
import { inTransaction } from "../transaction";
import { amountsOfLines, priceLines, taxContextOf, type ManualLine, type TaxContext } from "./draft-lines";
import { MANUAL_LINE_KIND } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";
import { toInvoiceDto } from "./dto";

/**
 * The line as a manual line of the same amount: quantity × unit amount when that reproduces it,
 * else (prorated, tiered) 1 × the amount. Discounts are not copied: coupons belong to subscriptions.
 */
function asManualLine(line: InvoiceLineRecord, currency: string, taxRates: TaxRate[]): ManualLine {
  const quantity = decimalText(line.quantity);
  const unitAmount = line.unitAmount === null ? null : decimalText(line.unitAmount);
  const reproduces = unitAmount !== null && roundToMinor(toDec(quantity).mul(unitAmount), currency) === line.amountMinor;
  return {
    key: line.kind === MANUAL_LINE_KIND ? line.key : "manual",
    description: line.description,
    quantity: reproduces ? quantity : "1",
    unitAmount: reproduces ? unitAmount! : toMajorString(money(line.amountMinor, currency)),
    taxRates,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
  };
}

/** Same customer: each line keeps its tax rates. Another customer: their tax rates, as for a new line. */
async function ratesPerLine(db: Db, lines: readonly InvoiceLineRecord[], sameCustomer: boolean, taxes: TaxContext): Promise<TaxRate[][]> {
  if (!sameCustomer) return lines.map(() => taxes.defaultRates);
  const ids = lines.map((line) => (line.taxes as StoredLineTax[]).map((tax) => tax.rate_id));
  const rates = new Map((await findTaxRatesByIds(db, [...new Set(ids.flat())])).map((rate) => [rate.id, toEngineTaxRate(rate)]));
  return ids.map((lineIds) => lineIds.map((id) => rates.get(id)!));
}

/** A new one-off draft with the same lines and memo as any invoice (void ones too), for the same or another customer. */
export async function duplicateInvoice(ctx: Ctx, invoiceId: string, input: DuplicateInvoiceInput): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const source = await findInvoiceOrThrow(tx, invoiceId);
    const customer = await lockWritableCustomer(tx, input.customer_id ?? source.customerId);
    const taxes = await taxContextOf(tx, customer.id);
    const rates = await ratesPerLine(tx, source.lines, customer.id === source.customerId, taxes);
    const priced = priceLines(
      source.currency,
      source.lines.map((line, index) => asManualLine(line, source.currency, rates[index]!)),
      taxes.customer,
      0,
      ctx.now,
    );
    const id = createId("invoice", ctx.now.getTime());
    await insertManualInvoice(
      tx,
      { id, customerId: customer.id, currency: source.currency, locale: effectiveCustomerSettings(customer, customer.group).locale, memo: source.memo, dueAt: null, issuedAt: ctx.now },
      await amountsOfLines(tx, priced.lines, EMPTY_INVOICE_SUMMARY, priced.notes),
      priced.lines,
    );
    await recordAudit(tx, ctx, {
      action: "invoice.create",
      resourceType: "invoice",
      resourceId: id,
      details: { customer_id: customer.id, currency: source.currency, lines: priced.lines.length, duplicate_of: source.id },
    });
    return toInvoiceDto(await findInvoiceOrThrow(tx, id), ctx.now);
  });
}
