// The text of the mail that carries an invoice PDF, in the invoice's language; figures come
// from the stored invoice, formatted like the PDF.
import { documentFormat } from "./document-format";
import type { InvoiceDocumentData } from "./invoice-document-data";
import { documentLabels } from "./labels";

export function invoiceEmailContent(data: InvoiceDocumentData): { subject: string; text: string } {
  const f = documentFormat({ locale: data.locale, currency: data.currency, timeZone: data.timeZone });
  const t = documentLabels(f.locale);
  const { seller, buyer } = data.parties;
  const title = `${t.invoice} ${data.number ?? ""}`.trim();
  const lines = [
    buyer.name,
    "",
    `${title} (${seller.name})`,
    `${t.issueDate}: ${f.date(data.issuedAt)}`,
    `${t.total}: ${f.money(data.totalMinor)}`,
    `${t.amountDue}: ${f.money(data.amountDueMinor)}`,
    ...(data.dueAt ? [`${t.dueDate}: ${f.date(data.dueAt)}`] : []),
    "",
    t.emailAttached,
    "",
    seller.name,
    ...(seller.email ? [seller.email] : []),
  ];
  return { subject: seller.name ? `${title} – ${seller.name}` : title, text: lines.join("\n") };
}
