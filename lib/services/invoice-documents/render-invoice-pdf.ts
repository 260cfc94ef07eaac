import "server-only";
import { prisma } from "../../db/client";
import { renderInvoicePdfDocument } from "../../documents/invoice-pdf";
import type { Ctx } from "../context";
import { loadInvoiceDocument } from "./invoice-document-data";

export type RenderedPdf = { filename: string; content: Buffer };

/** `INV-2026-00001.pdf`, `CN-2026-00001.pdf`; a draft invoice (no number yet) is `draft-<id>.pdf`. */
export function documentPdfFilename(invoice: { id: string; number: string | null }): string {
  const base = invoice.number ? invoice.number.replace(/[^\w.-]+/g, "-") : `draft-${invoice.id}`;
  return `${base}.pdf`;
}

/** The invoice as a PDF, rendered from what is stored (every actor may read it). */
export async function renderInvoicePdf(_ctx: Ctx, invoiceId: string): Promise<RenderedPdf> {
  const { invoice, data } = await loadInvoiceDocument(prisma(), invoiceId);
  return { filename: documentPdfFilename(invoice), content: await renderInvoicePdfDocument(data) };
}
