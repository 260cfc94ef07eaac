// Invoice documents: the PDF download and the invoice email (and the mails Billow recorded).
import { z } from "zod";
import { emailSchema, paginationQuerySchema } from "./common";

export const invoiceDocumentParamsSchema = z.object({ invoiceId: z.string().min(1).meta({ description: "The invoice's id (`in_…`)." }) });

export const creditNoteDocumentParamsSchema = z.object({ creditNoteId: z.string().min(1).meta({ description: "The credit note's id (`cn_…`)." }) });

export const sendInvoiceEmailSchema = z
  .object({
    to: emailSchema
      .optional()
      .meta({ description: "Send to this address instead of the customer's email and its contacts that receive invoices." }),
  })
  .strict()
  .meta({ id: "SendInvoiceEmailRequest" });
export type SendInvoiceEmailInput = z.infer<typeof sendInvoiceEmailSchema>;

export const emailStatusSchema = z
  .enum(["sent", "failed", "outbox"])
  .meta({ description: "sent: handed to the SMTP server; failed: the server refused it (see `error`); outbox: no SMTP server is configured, the mail is only recorded." });
export type EmailStatus = z.infer<typeof emailStatusSchema>;

export const emailAttachmentSchema = z
  .object({
    kind: z.literal("invoice_pdf"),
    invoice_id: z.string(),
    filename: z.string(),
    content_type: z.literal("application/pdf"),
    size: z.number().int().meta({ description: "Bytes of the attached file as sent; it is rendered again from the stored invoice on download." }),
  })
  .meta({ id: "EmailAttachment" });
export type EmailAttachmentDto = z.infer<typeof emailAttachmentSchema>;

export const emailMessageDtoSchema = z
  .object({
    object: z.literal("email_message"),
    id: z.string().meta({ description: "`msg_…`" }),
    to: z.string().meta({ description: "Recipients, comma-separated." }),
    subject: z.string(),
    text: z.string(),
    invoice_id: z.string().nullable(),
    attachments: z.array(emailAttachmentSchema),
    status: emailStatusSchema,
    error: z.string().nullable(),
    sent_at: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: "EmailMessage" });
export type EmailMessageDto = z.infer<typeof emailMessageDtoSchema>;

export const listEmailMessagesQuerySchema = paginationQuerySchema.extend({ invoice_id: z.string().max(64).optional() });
export type ListEmailMessagesQuery = z.infer<typeof listEmailMessagesQuerySchema>;
