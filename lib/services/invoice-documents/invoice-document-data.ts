import "server-only";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { findCustomerById } from "../../db/customers";
import { findDocumentInvoice, type DocumentInvoiceRecord } from "../../db/invoice-documents";
import { findBillingSettings, type BillingSettingsRow } from "../../db/invoices";
import type { Db } from "../../db/types";
import type { InvoiceDocumentData } from "../../documents/invoice-document-data";
import { notFound } from "../../errors";
import { EMPTY_INVOICE_SUMMARY, type InvoiceParties, type InvoiceSummary, type StoredBreakdown } from "../../invoices/stored-invoice";
import { invoiceParties } from "../invoices/settlement";

/** The parties an invoice would store if finalized now: a draft's preview shows them (drafts have none yet). */
export async function draftParties(db: Db, customerId: string, settings: BillingSettingsRow): Promise<InvoiceParties> {
  const customer = await findCustomerById(db, customerId);
  if (!customer) throw new Error(`Invoice references a missing customer ${customerId}.`);
  return invoiceParties(settings, customer, effectiveCustomerSettings(customer, customer.group));
}

/** A stored summary, with the keys an empty `{}` summary lacks. */
function storedSummary(value: unknown): InvoiceSummary {
  return { ...EMPTY_INVOICE_SUMMARY, ...(value as Partial<InvoiceSummary>) };
}

export function toInvoiceDocumentData(invoice: DocumentInvoiceRecord, parties: InvoiceParties, defaultTimeZone: string): InvoiceDocumentData {
  return {
    status: invoice.status,
    number: invoice.number,
    currency: invoice.currency,
    locale: invoice.locale,
    timeZone: invoice.subscription?.timeZone ?? defaultTimeZone,
    issuedAt: invoice.issuedAt,
    dueAt: invoice.dueAt,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    memo: invoice.memo,
    subtotalMinor: invoice.subtotalMinor,
    discountMinor: invoice.discountMinor,
    taxMinor: invoice.taxMinor,
    inclusiveTaxMinor: invoice.inclusiveTaxMinor,
    totalMinor: invoice.totalMinor,
    creditAppliedMinor: invoice.creditAppliedMinor,
    amountDueMinor: invoice.amountDueMinor,
    amountPaidMinor: invoice.amountPaidMinor,
    summary: storedSummary(invoice.summary),
    parties,
    lines: invoice.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity.toFixed(),
      unitAmount: line.unitAmount?.toFixed() ?? null,
      amountMinor: line.amountMinor,
      discountMinor: line.discountMinor,
      totalMinor: line.totalMinor,
      taxInclusive: line.taxInclusive,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
      breakdown: line.breakdown as StoredBreakdown,
    })),
  };
}

/** The stored invoice and what its documents print; not_found for an unknown id. */
export async function loadInvoiceDocument(db: Db, invoiceId: string): Promise<{ invoice: DocumentInvoiceRecord; data: InvoiceDocumentData }> {
  const invoice = await findDocumentInvoice(db, invoiceId);
  if (!invoice) throw notFound("invoice", invoiceId);
  const settings = await findBillingSettings(db);
  const parties = (invoice.parties as InvoiceParties | null) ?? (await draftParties(db, invoice.customerId, settings));
  return { invoice, data: toInvoiceDocumentData(invoice, parties, settings.defaultTimeZone) };
}
