import { EmailMessageTable } from "@/components/outbox/email-message-table";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { listEmailMessages } from "@/lib/services/email/list-email-messages";
import { mailDeliveryMode } from "@/lib/services/email/mail-transport";
import { searchParam, type SearchParams } from "../../search-params";
import { sendInvoiceEmailAction } from "./actions";

export const metadata = { title: "Outbox" };

const PATH = "/settings/outbox";
const PAGE_SIZE = 50;

const DELIVERY = {
  smtp: "Mails Billow sent through your SMTP server (SMTP_URL), newest first.",
  outbox: "No SMTP server is configured (SMTP_URL is unset): mails are not sent, only recorded here with their attachments. Set SMTP_URL to deliver them.",
} as const;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const invoiceId = searchParam(params, "invoice_id");
  const startingAfter = searchParam(params, "starting_after");
  const page = await listEmailMessages(ctx, { invoice_id: invoiceId, limit: PAGE_SIZE, starting_after: startingAfter });
  return (
    <>
      <PageHeader title="Outbox" description={DELIVERY[mailDeliveryMode()]} />
      {page.data.length === 0 && !startingAfter && !invoiceId ? (
        <EmptyState title="No emails yet" description="Invoices you send by email appear here, with the PDF that was attached." />
      ) : (
        <>
          <FilterBar path={PATH} isFiltered={Boolean(invoiceId)}>
            <TextField label="Invoice" name="invoice_id" defaultValue={invoiceId ?? ""} placeholder="in_…" autoComplete="off" />
          </FilterBar>
          <EmailMessageTable messages={page.data} canWrite={canWrite(ctx)} sendInvoiceEmailAction={sendInvoiceEmailAction} />
          <CursorPagination path={PATH} filters={{ invoice_id: invoiceId }} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      )}
    </>
  );
}
