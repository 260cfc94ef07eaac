import "server-only";
import { prisma } from "../../db/client";
import { insertEmailMessage, type DocumentInvoiceRecord } from "../../db/invoice-documents";
import { invoiceEmailContent } from "../../documents/invoice-email";
import { renderInvoicePdfDocument } from "../../documents/invoice-pdf";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { EmailAttachmentDto, EmailMessageDto, SendInvoiceEmailInput } from "../../schemas/invoice-document";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { deliverMail } from "../email/deliver-mail";
import { toEmailMessageDto } from "../email/dto";
import { senderAddress } from "../email/mail-transport";
import { inTransaction } from "../transaction";
import { loadInvoiceDocument } from "./invoice-document-data";
import { documentPdfFilename } from "./render-invoice-pdf";

/** The customer's email, then its contacts that receive invoices. */
const defaultRecipients = (invoice: DocumentInvoiceRecord) =>
  [invoice.customer.email, ...invoice.customer.contacts.map((contact) => contact.email)].filter((email): email is string => Boolean(email));

/** Each address once (case-insensitively), in order. */
const distinct = (emails: string[]) => [...new Map(emails.map((email) => [email.toLowerCase(), email])).values()];

/**
 * Mails the invoice PDF (rendered from the stored invoice) and records the message with an audit
 * row. Sending again is a resend: each call is its own message. The mail leaves before the
 * record is written (no transaction held open over the network); a refused mail is recorded as
 * `failed` and returned, not thrown.
 */
export async function sendInvoiceEmail(ctx: Ctx, invoiceId: string, input: SendInvoiceEmailInput = {}): Promise<EmailMessageDto> {
  assertCanWrite(ctx);
  const { invoice, data } = await loadInvoiceDocument(prisma(), invoiceId);
  if (invoice.status === "DRAFT") throw new AppError("invalid_state", "This invoice is a draft: finalize it before sending it.");
  if (invoice.status === "VOID") throw new AppError("invalid_state", "This invoice is void: it is not sent any more.");
  const recipients = distinct(input.to ?? defaultRecipients(invoice));
  if (recipients.length === 0) {
    throw new AppError("unprocessable", "The customer has no email address and no contact that receives invoices: give `to`.", { param: "to" });
  }

  const pdf = { filename: documentPdfFilename(invoice), content: await renderInvoicePdfDocument(data) };
  const { subject, text } = invoiceEmailContent(data);
  const to = recipients.join(", ");
  const outcome = await deliverMail(ctx, {
    from: senderAddress(data.parties.seller),
    to,
    subject,
    text,
    attachments: [{ filename: pdf.filename, contentType: "application/pdf", content: pdf.content }],
  });
  const attachments: EmailAttachmentDto[] = [
    { kind: "invoice_pdf", invoice_id: invoice.id, filename: pdf.filename, content_type: "application/pdf", size: pdf.content.byteLength },
  ];

  const message = await inTransaction(async (tx) => {
    const row = await insertEmailMessage(tx, { id: createId("emailMessage"), to, subject, text, invoiceId: invoice.id, attachments, ...outcome, createdAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: "invoice.send",
      resourceType: "invoice",
      resourceId: invoice.id,
      details: { email_message_id: row.id, to, status: outcome.status, ...(outcome.error ? { error: outcome.error } : {}) },
    });
    return row;
  });
  return toEmailMessageDto(message);
}
