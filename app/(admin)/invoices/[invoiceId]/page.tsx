import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { Amount } from "@/components/invoices/amount";
import { CreditNoteForm } from "@/components/invoices/credit-note-form";
import { DraftLinesEditor } from "@/components/invoices/draft-lines-editor";
import { InvoiceActions } from "@/components/invoices/invoice-actions";
import { InvoiceParties } from "@/components/invoices/invoice-parties";
import { InvoiceStatusBadges } from "@/components/invoices/status-badge";
import { SendInvoiceEmailForm } from "@/components/outbox/send-invoice-email-form";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { formatMoney, money } from "@/lib/billing/money";
import { AppError } from "@/lib/errors";
import type { InvoiceDto } from "@/lib/schemas/invoice";
import { canWrite } from "@/lib/services/context";
import { listCreditNotes } from "@/lib/services/credit-notes/list-credit-notes";
import { getInvoice } from "@/lib/services/invoices/get-invoice";
import { getInvoiceHistory } from "@/lib/services/invoices/get-invoice-history";
import { listInvoicePayments } from "@/lib/services/invoices/list-invoice-payments";
import {
  addInvoiceLineAction,
  createCreditNoteAction,
  deleteInvoiceAction,
  duplicateInvoiceAction,
  finalizeInvoiceAction,
  markUncollectibleAction,
  recordPaymentAction,
  removeInvoiceLineAction,
  updateInvoiceLineAction,
  voidInvoiceAction,
} from "../actions";
import { sendInvoiceEmailAction } from "../../settings/outbox/actions";

export const metadata = { title: "Invoice" };

const none = <span className="text-slate-400">—</span>;

function Details({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-5 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="font-medium text-slate-500">{label}</dt>
          <dd className="mt-0.5 text-slate-900">{value ?? none}</dd>
        </div>
      ))}
    </dl>
  );
}

function TotalsBlock({ invoice }: { invoice: InvoiceDto }) {
  const row = (label: string, minor: number, strong = false) => (
    <div key={label} className={`flex justify-between gap-8 ${strong ? "font-semibold text-slate-900" : "text-slate-700"}`}>
      <dt>{label}</dt>
      <dd>
        <Amount minor={minor} currency={invoice.currency} />
      </dd>
    </div>
  );
  return (
    <dl aria-label="Totals" className="ml-auto mt-4 w-full max-w-sm space-y-1.5 rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      {row("Subtotal", invoice.subtotal)}
      {invoice.coupons.map((coupon) => row(`Discount: ${coupon.name}`, -coupon.discount))}
      {invoice.tax_summary.map((tax) => row(`${tax.name} ${tax.percent} %${tax.inclusive ? " (included)" : ""}`, tax.tax))}
      {row("Total", invoice.total, true)}
      {invoice.credit_applied !== 0 && row("Credits applied", -invoice.credit_applied)}
      {row("Amount due", invoice.amount_due, true)}
      {row("Paid", invoice.amount_paid)}
      {row("Remaining", invoice.amount_remaining, true)}
    </dl>
  );
}

function LineDescription({ line }: { line: InvoiceDto["lines"][number] }) {
  return (
    <div>
      <div className="font-medium text-slate-900">{line.description}</div>
      {line.period_start && line.period_end && (
        <div className="text-xs text-slate-500">
          <LocalTime iso={line.period_start} /> – <LocalTime iso={line.period_end} />
        </div>
      )}
      {line.breakdown.length > 1 && (
        <ul className="mt-1 space-y-0.5 text-xs text-slate-500">
          {line.breakdown.map((entry, index) => (
            <li key={index}>
              {String(entry.description)}: {String(entry.quantity)} {entry.unitPrice !== undefined ? `× ${String(entry.unitPrice)}` : ""} = {String(entry.amount)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default async function InvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const ctx = await requireAdmin();
  const { invoiceId } = await params;
  const invoice = await getInvoice(ctx, invoiceId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [payments, creditNotes, history] = await Promise.all([
    listInvoicePayments(ctx, invoice.id),
    listCreditNotes(ctx, { invoice_id: invoice.id, limit: 100 }),
    getInvoiceHistory(ctx, invoice.id),
  ]);
  const writable = canWrite(ctx);
  const label = (minor: number) => formatMoney(money(minor, invoice.currency));
  const pdfHref = `/api/admin/invoices/${invoice.id}/pdf`;

  return (
    <>
      <PageHeader
        title={invoice.number ?? "Draft invoice"}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <InvoiceStatusBadges status={invoice.status} overdue={invoice.overdue} partiallyPaid={invoice.status === "open" && invoice.amount_paid > 0} />
            <Link href={`/customers/${invoice.customer_id}`} className="text-brand-700 hover:underline">
              {invoice.customer_name}
            </Link>
          </span>
        }
        actions={
          <a href={pdfHref} download className="rounded-md bg-white px-3 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Download PDF
          </a>
        }
      />
      {!writable && <ReadOnlyNotice />}
      <Details
        items={[
          ["Issued", <LocalTime key="issued" iso={invoice.issued_at} />],
          ["Due", <LocalTime key="due" iso={invoice.due_at} fallback="At finalization, from the payment terms" />],
          ["Finalized", <LocalTime key="finalized" iso={invoice.finalized_at} />],
          ["Paid", <LocalTime key="paid" iso={invoice.paid_at} />],
          ["Total", <Amount key="total" minor={invoice.total} currency={invoice.currency} />],
          ["Remaining", <Amount key="remaining" minor={invoice.amount_remaining} currency={invoice.currency} />],
          ["Memo", invoice.memo],
          ...(invoice.void_reason ? ([["Void reason", invoice.void_reason]] as [string, ReactNode][]) : []),
        ]}
      />
      {invoice.parties && <InvoiceParties parties={invoice.parties} />}

      <Section title="Lines">
        <DataTable
          caption="Invoice lines"
          rows={invoice.lines}
          rowKey={(line) => line.id}
          empty="No lines yet."
          columns={[
            { header: "Description", cell: (line) => <LineDescription line={line} /> },
            { header: "Quantity", className: "text-right tabular-nums", cell: (line) => line.quantity },
            { header: "Unit price", className: "text-right tabular-nums", cell: (line) => line.unit_amount ?? none },
            { header: "Amount", className: "text-right", cell: (line) => <Amount minor={line.amount} currency={invoice.currency} /> },
            { header: "Discount", className: "text-right", cell: (line) => (line.discount ? <Amount minor={-line.discount} currency={invoice.currency} /> : none) },
            { header: "Tax", className: "text-right", cell: (line) => <Amount minor={line.tax} currency={invoice.currency} /> },
            { header: "Total", className: "text-right", cell: (line) => <Amount minor={line.total} currency={invoice.currency} /> },
          ]}
        />
        <TotalsBlock invoice={invoice} />
      </Section>

      {writable && invoice.status === "draft" && (
        <Section title="Edit lines">
          <DraftLinesEditor
            currency={invoice.currency}
            lines={invoice.lines.map((line) => ({ id: line.id, description: line.description, quantity: line.quantity, unitAmount: line.unit_amount, manual: line.kind === "manual" }))}
            add={addInvoiceLineAction.bind(null, invoice.id)}
            update={updateInvoiceLineAction.bind(null, invoice.id)}
            remove={removeInvoiceLineAction.bind(null, invoice.id)}
          />
        </Section>
      )}

      {writable && (
        <Section title="Actions">
          <InvoiceActions
            number={invoice.number}
            status={invoice.status}
            currency={invoice.currency}
            amountPaid={invoice.amount_paid}
            deletable={invoice.subscription_id === null}
            remainingLabel={label(invoice.amount_remaining)}
            actions={{
              finalize: finalizeInvoiceAction.bind(null, invoice.id),
              remove: deleteInvoiceAction.bind(null, invoice.id),
              markUncollectible: markUncollectibleAction.bind(null, invoice.id),
              duplicate: duplicateInvoiceAction.bind(null, invoice.id, {}),
              recordPayment: recordPaymentAction.bind(null, invoice.id, invoice.currency),
              voidInvoice: voidInvoiceAction.bind(null, invoice.id),
            }}
          />
        </Section>
      )}

      {writable && invoice.status !== "draft" && invoice.status !== "void" && (
        <Section title="Send by email">
          <SendInvoiceEmailForm invoiceId={invoice.id} sendInvoiceEmailAction={sendInvoiceEmailAction} />
        </Section>
      )}

      <Section title="Payments">
        <DataTable
          caption="Payments"
          rows={payments.data}
          rowKey={(payment) => payment.id}
          empty="No payment recorded."
          columns={[
            { header: "Received", cell: (payment) => <LocalTime iso={payment.received_at} /> },
            { header: "Method", cell: (payment) => payment.method.replaceAll("_", " ") },
            { header: "Reference", cell: (payment) => payment.reference ?? none },
            { header: "Amount", className: "text-right", cell: (payment) => <Amount minor={payment.amount} currency={payment.currency} /> },
          ]}
        />
      </Section>

      <Section title="Credit notes">
        <div className="space-y-4">
          <DataTable
            caption="Credit notes"
            rows={creditNotes.data}
            rowKey={(note) => note.id}
            empty="No credit note."
            columns={[
              { header: "Number", cell: (note) => <span className="font-mono">{note.number}</span> },
              { header: "Issued", cell: (note) => <LocalTime iso={note.issued_at} /> },
              { header: "Reason", cell: (note) => note.reason.replaceAll("_", " ") },
              { header: "Settlement", cell: (note) => (note.settlement === "refund" ? "Refund" : "Credit balance") },
              { header: "Tax", className: "text-right", cell: (note) => <Amount minor={note.tax} currency={note.currency} /> },
              { header: "Total", className: "text-right", cell: (note) => <Amount minor={note.total} currency={note.currency} /> },
            ]}
          />
          {writable && (invoice.status === "open" || invoice.status === "paid") && (
            <CreditNoteForm
              currency={invoice.currency}
              lines={invoice.lines.map((line) => ({ id: line.id, description: line.description, creditable: line.creditable, creditableLabel: label(line.creditable) }))}
              issue={createCreditNoteAction.bind(null, invoice.id, invoice.currency)}
            />
          )}
        </div>
      </Section>

      <Section title="PDF preview">
        <iframe title="Invoice PDF preview" src={pdfHref} className="h-[36rem] w-full rounded-lg bg-white ring-1 ring-slate-200" />
      </Section>

      <Section title="History">
        <ol className="space-y-2 rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
          {history.data.map((event) => (
            <li key={event.id} className="flex flex-wrap gap-x-3">
              <LocalTime iso={event.created_at} />
              <span className="font-medium text-slate-900">{event.action.replaceAll("_", " ")}</span>
              <span className="text-slate-500">by {event.actor}</span>
              {typeof event.details.reason === "string" && <span className="text-slate-600">“{event.details.reason}”</span>}
              {typeof event.details.number === "string" && <span className="font-mono text-slate-600">{event.details.number}</span>}
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
