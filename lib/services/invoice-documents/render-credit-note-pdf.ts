import "server-only";
import { prisma } from "../../db/client";
import { findDocumentCreditNote } from "../../db/invoice-documents";
import { findBillingSettings } from "../../db/invoices";
import { renderCreditNotePdfDocument } from "../../documents/credit-note-pdf";
import { notFound } from "../../errors";
import type { InvoiceParties } from "../../invoices/stored-invoice";
import type { Ctx } from "../context";
import { draftParties } from "./invoice-document-data";
import { documentPdfFilename, type RenderedPdf } from "./render-invoice-pdf";

/** The credit note as a PDF (`CN-2026-00001.pdf`), with the parties of the invoice it credits. */
export async function renderCreditNotePdf(_ctx: Ctx, creditNoteId: string): Promise<RenderedPdf> {
  const db = prisma();
  const creditNote = await findDocumentCreditNote(db, creditNoteId);
  if (!creditNote) throw notFound("credit note", creditNoteId);
  const settings = await findBillingSettings(db);
  const { invoice } = creditNote;
  const parties = (invoice.parties as InvoiceParties | null) ?? (await draftParties(db, invoice.customerId, settings));
  const content = await renderCreditNotePdfDocument({
    number: creditNote.number,
    currency: creditNote.currency,
    locale: invoice.locale,
    timeZone: invoice.subscription?.timeZone ?? settings.defaultTimeZone,
    issuedAt: creditNote.issuedAt,
    reason: creditNote.reason,
    settlement: creditNote.settlement,
    memo: creditNote.memo,
    invoiceNumber: invoice.number,
    subtotalMinor: creditNote.subtotalMinor,
    taxMinor: creditNote.taxMinor,
    totalMinor: creditNote.totalMinor,
    parties,
    lines: creditNote.lines,
  });
  return { filename: documentPdfFilename({ id: creditNote.id, number: creditNote.number }), content };
}
