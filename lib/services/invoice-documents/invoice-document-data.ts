import "server-only";
import { findDocumentInvoice, findSellerSettings, type DocumentInvoiceRecord, type SellerSettingsRecord } from "../../db/invoice-documents";
import type { Db } from "../../db/types";
import type { InvoiceDocumentData } from "../../documents/invoice-document-data";
import { notFound } from "../../errors";
import { EMPTY_INVOICE_SUMMARY, type InvoiceParties, type InvoiceSummary, type StoredAddress, type StoredBreakdown } from "../../invoices/stored-invoice";
import { formatAccountNumber } from "../customers/dto";

/**
 * Addresses are stored camelCase on customers and settings (lib/db/customers.ts AddressJson) and
 * snake_case in invoice parties (the API's shape); a stored party address is already snake_case.
 */
export function toStoredAddress(value: unknown): StoredAddress | null {
  if (!value || typeof value !== "object") return null;
  const address = value as Record<string, string | undefined>;
  if (!address.line1 || !address.city || !address.country) return null;
  const postalCode = address.postal_code ?? address.postalCode;
  return {
    line1: address.line1,
    ...(address.line2 ? { line2: address.line2 } : {}),
    city: address.city,
    ...(postalCode ? { postal_code: postalCode } : {}),
    ...(address.region ? { region: address.region } : {}),
    country: address.country,
  };
}

/** A draft has no parties yet (they are taken at finalization): its preview shows the current ones. */
function currentParties(invoice: DocumentInvoiceRecord, seller: SellerSettingsRecord | null): InvoiceParties {
  const { customer } = invoice;
  return {
    seller: {
      name: seller?.sellerName ?? "",
      email: seller?.sellerEmail ?? null,
      address: toStoredAddress(seller?.sellerAddress),
      tax_id: seller?.sellerTaxId ?? null,
    },
    buyer: {
      name: customer.name,
      email: customer.email,
      address: toStoredAddress(customer.billingAddress),
      tax_id: customer.taxId,
      account_number: formatAccountNumber(customer.accountNumber),
      reverse_charge: customer.reverseCharge,
      tax_exempt: customer.taxExempt,
    },
  };
}

/** A stored summary, with the keys an older or empty `{}` summary may lack. */
function storedSummary(value: unknown): InvoiceSummary {
  return { ...EMPTY_INVOICE_SUMMARY, ...(value as Partial<InvoiceSummary>) };
}

export function toInvoiceDocumentData(invoice: DocumentInvoiceRecord, seller: SellerSettingsRecord | null): InvoiceDocumentData {
  return {
    status: invoice.status,
    number: invoice.number,
    currency: invoice.currency,
    locale: invoice.locale,
    timeZone: invoice.subscription?.timeZone ?? seller?.defaultTimeZone ?? "UTC",
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
    parties: (invoice.parties as InvoiceParties | null) ?? currentParties(invoice, seller),
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
  const [invoice, seller] = await Promise.all([findDocumentInvoice(db, invoiceId), findSellerSettings(db)]);
  if (!invoice) throw notFound("invoice", invoiceId);
  return { invoice, data: toInvoiceDocumentData(invoice, seller) };
}
