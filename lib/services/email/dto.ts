import type { EmailMessageRecord } from "../../db/invoice-documents";
import type { EmailAttachmentDto, EmailMessageDto, EmailStatus } from "../../schemas/invoice-document";

export function toEmailMessageDto(message: EmailMessageRecord): EmailMessageDto {
  return {
    object: "email_message",
    id: message.id,
    to: message.to,
    subject: message.subject,
    text: message.text,
    invoice_id: message.invoiceId,
    attachments: message.attachments as EmailAttachmentDto[],
    status: message.status as EmailStatus,
    error: message.error,
    sent_at: message.sentAt?.toISOString() ?? null,
    created_at: message.createdAt.toISOString(),
  };
}
