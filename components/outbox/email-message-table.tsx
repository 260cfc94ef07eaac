"use client";

import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import { TruncatedText } from "@/components/ui/truncated-text";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { EmailMessageDto, EmailStatus } from "@/lib/schemas/invoice-document";

const STATUSES: Record<EmailStatus, { label: string; tone: BadgeTone }> = {
  sent: { label: "Sent", tone: "success" },
  outbox: { label: "Outbox only", tone: "info" },
  failed: { label: "Failed", tone: "danger" },
};

/** Attachments are downloaded again from their source (the invoice PDF is re-rendered from the stored invoice). */
const attachmentHref = (attachment: EmailMessageDto["attachments"][number]) => `/api/admin/invoices/${encodeURIComponent(attachment.invoice_id)}/pdf`;

type Props = {
  messages: EmailMessageDto[];
  canWrite: boolean;
  sendInvoiceEmailAction: (input: { invoiceId: string; to: string }) => Promise<ActionResult<EmailMessageDto>>;
};

export function EmailMessageTable({ messages, canWrite, sendInvoiceEmailAction }: Props) {
  const columns: Column<EmailMessageDto>[] = [
    { header: "Created", cell: (message) => <LocalTime iso={message.created_at} /> },
    {
      header: "Status",
      cell: (message) => (
        <>
          <Badge tone={STATUSES[message.status].tone}>{STATUSES[message.status].label}</Badge>
          {message.error && (
            <div className="mt-1 text-xs text-red-700">
              <TruncatedText text={message.error} />
            </div>
          )}
        </>
      ),
    },
    { header: "To", cell: (message) => <span className="break-all">{message.to}</span> },
    {
      header: "Subject",
      cell: (message) => (
        <details>
          <summary className="cursor-pointer text-slate-900">{message.subject}</summary>
          <pre className="mt-2 max-w-xl whitespace-pre-wrap font-sans text-xs text-slate-600">{message.text}</pre>
        </details>
      ),
    },
    {
      header: "Invoice",
      cell: (message) =>
        message.invoice_id ? (
          <Link href={`/invoices/${encodeURIComponent(message.invoice_id)}`} className="font-mono text-xs text-brand-700 hover:underline">
            {message.invoice_id}
          </Link>
        ) : (
          <span className="text-slate-400">—</span>
        ),
    },
    {
      header: "Attachments",
      cell: (message) =>
        message.attachments.length === 0 ? (
          <span className="text-slate-400">—</span>
        ) : (
          <ul>
            {message.attachments.map((attachment) => (
              <li key={attachment.filename}>
                <a href={attachmentHref(attachment)} download={attachment.filename} className="text-brand-700 hover:underline">
                  {attachment.filename}
                </a>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  if (canWrite) {
    columns.push({
      header: "Actions",
      hideHeader: true,
      // A resend is a new message to the same recipients, with the PDF rendered again.
      cell: (message) =>
        message.invoice_id && (
          <ActionButton action={() => sendInvoiceEmailAction({ invoiceId: message.invoice_id!, to: message.to })}>Resend</ActionButton>
        ),
    });
  }
  return <DataTable caption="Sent emails" columns={columns} rows={messages} rowKey={(message) => message.id} empty="No emails yet." />;
}
