// Reads for invoice documents (PDF, email) and the sent-mail records.
import type { Prisma } from "./generated/client";
import type { Db } from "./types";

const documentInvoiceSelect = {
  id: true,
  number: true,
  status: true,
  currency: true,
  locale: true,
  issuedAt: true,
  dueAt: true,
  periodStart: true,
  periodEnd: true,
  memo: true,
  subtotalMinor: true,
  discountMinor: true,
  taxMinor: true,
  inclusiveTaxMinor: true,
  totalMinor: true,
  creditAppliedMinor: true,
  amountDueMinor: true,
  amountPaidMinor: true,
  summary: true,
  parties: true,
  subscription: { select: { timeZone: true } },
  customerId: true,
  // Who receives the invoice by email: the customer's address and its contacts marked for invoices.
  customer: { select: { email: true, contacts: { where: { receivesInvoices: true }, orderBy: { createdAt: "asc" }, select: { email: true } } } },
  lines: {
    orderBy: { position: "asc" },
    select: {
      description: true,
      quantity: true,
      unitAmount: true,
      amountMinor: true,
      discountMinor: true,
      totalMinor: true,
      taxInclusive: true,
      periodStart: true,
      periodEnd: true,
      breakdown: true,
    },
  },
} satisfies Prisma.InvoiceSelect;

export type DocumentInvoiceRecord = Prisma.InvoiceGetPayload<{ select: typeof documentInvoiceSelect }>;

/** The invoice with its lines and its customer's invoice recipients. */
export async function findDocumentInvoice(db: Db, invoiceId: string): Promise<DocumentInvoiceRecord | null> {
  return db.invoice.findUnique({ where: { id: invoiceId }, select: documentInvoiceSelect });
}

const documentCreditNoteSelect = {
  id: true,
  number: true,
  currency: true,
  issuedAt: true,
  reason: true,
  settlement: true,
  memo: true,
  subtotalMinor: true,
  taxMinor: true,
  totalMinor: true,
  invoice: { select: { id: true, number: true, locale: true, parties: true, customerId: true, subscription: { select: { timeZone: true } } } },
  // In the order of the invoice lines they credit (a free-text line has none: after them).
  lines: { orderBy: [{ invoiceLine: { position: "asc" } }, { id: "asc" }], select: { description: true, amountMinor: true, taxMinor: true, totalMinor: true } },
} satisfies Prisma.CreditNoteSelect;

export type DocumentCreditNoteRecord = Prisma.CreditNoteGetPayload<{ select: typeof documentCreditNoteSelect }>;

/** The credit note with its lines and the invoice it credits (language, parties, time zone). */
export async function findDocumentCreditNote(db: Db, creditNoteId: string): Promise<DocumentCreditNoteRecord | null> {
  return db.creditNote.findUnique({ where: { id: creditNoteId }, select: documentCreditNoteSelect });
}

// ─── Email messages ───

const emailMessageSelect = {
  id: true,
  to: true,
  subject: true,
  text: true,
  invoiceId: true,
  attachments: true,
  status: true,
  error: true,
  sentAt: true,
  createdAt: true,
} satisfies Prisma.EmailMessageSelect;

export type EmailMessageRecord = Prisma.EmailMessageGetPayload<{ select: typeof emailMessageSelect }>;

export type NewEmailMessage = Omit<EmailMessageRecord, "attachments"> & { attachments: Prisma.InputJsonValue };

export async function insertEmailMessage(db: Db, message: NewEmailMessage): Promise<EmailMessageRecord> {
  return db.emailMessage.create({ data: message, select: emailMessageSelect });
}

/** Newest first, paged by id (ids are time-ordered). */
export async function listEmailMessages(
  db: Db,
  { invoiceId, limit, startingAfter }: { invoiceId?: string; limit: number; startingAfter?: string },
): Promise<{ messages: EmailMessageRecord[]; hasMore: boolean }> {
  const rows = await db.emailMessage.findMany({
    where: { invoiceId, id: startingAfter === undefined ? undefined : { lt: startingAfter } },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: emailMessageSelect,
  });
  return { messages: rows.slice(0, limit), hasMore: rows.length > limit };
}
