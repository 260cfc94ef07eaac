// Invoice documents: the PDF download and the invoice email (and the mails Billow recorded).
import { z } from "zod";
import { emailSchema, paginationQuerySchema } from "./common";

export const invoiceDocumentParamsSchema = z.object({ invoiceId: z.string().min(1).meta({ description: "The invoice's id (`in_…`)." }) });

export const creditNoteDocumentParamsSchema = z.object({ creditNoteId: z.string().min(1).meta({ description: "The credit note's id (`cn_…`)." }) });

/** Recipients as a list, or (from a form field) one comma-separated string; empty means "the default recipients". */
const recipientsSchema = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : value.split(",").map((address) => address.trim())) : value),
  z
    .array(emailSchema, { error: "to must be a list of email addresses." })
    .min(1, { error: "Give at least one address, or leave `to` out." })
    .max(10, { error: "At most 10 recipients." })
    .optional()
    .meta({
      description: "Send to these addresses (at most 10; one comma-separated string is accepted too) instead of the customer's email and its contacts that receive invoices.",
      example: ["ap@acme.example"],
    }),
);

export const sendInvoiceEmailSchema = z.object({ to: recipientsSchema }).strict().meta({ id: "SendInvoiceEmailRequest" });
export type SendInvoiceEmailInput = z.infer<typeof sendInvoiceEmailSchema>;

/** The console's send form: the invoice and the same recipients field. */
export const sendInvoiceEmailActionSchema = sendInvoiceEmailSchema.extend({ invoiceId: z.string().min(1) });

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
