// Typed row access for invoices after assembly: reads for the API and console (with lines, what
// credit notes already credited, payments), list filters and totals, draft line edits, payments
// and status changes. Assembly and finalization live in ./invoices.ts.
import type { Prisma } from "./generated/client";
import type { InvoiceStatus } from "./generated/enums";
import type { InvoiceLineData } from "./invoices";
import type { Db } from "./types";

const lineSelect = {
  id: true,
  position: true,
  key: true,
  description: true,
  kind: true,
  chargeId: true,
  quantity: true,
  unitAmount: true,
  amountMinor: true,
  discountMinor: true,
  taxMinor: true,
  totalMinor: true,
  taxInclusive: true,
  periodStart: true,
  periodEnd: true,
  breakdown: true,
  taxes: true,
  creditNoteLines: { select: { amountMinor: true, taxMinor: true } },
} as const;

const invoiceSelect = {
  id: true,
  number: true,
  status: true,
  customerId: true,
  customer: { select: { name: true } },
  subscriptionId: true,
  reason: true,
  currency: true,
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
  locale: true,
  memo: true,
  periodStart: true,
  periodEnd: true,
  issuedAt: true,
  dueAt: true,
  finalizedAt: true,
  paidAt: true,
  voidedAt: true,
  voidReason: true,
  autoFinalizeAt: true,
  createdAt: true,
  updatedAt: true,
  lines: { select: lineSelect, orderBy: { position: "asc" } },
} as const;

export type InvoiceRecord = Prisma.InvoiceGetPayload<{ select: typeof invoiceSelect }>;
export type InvoiceLineRecord = InvoiceRecord["lines"][number];

export const findInvoiceRecord = (db: Db, id: string): Promise<InvoiceRecord | null> => db.invoice.findUnique({ where: { id }, select: invoiceSelect });

/** Takes the invoice's row lock (held until commit) and reads it: edits, payments, voids and credit notes serialize on it. */
export async function lockInvoiceRecord(db: Db, id: string): Promise<InvoiceRecord | null> {
  const locked = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Invoice" WHERE "id" = ${id} FOR UPDATE`;
  return locked.length === 0 ? null : findInvoiceRecord(db, id);
}

export type InvoiceFilters = {
  status?: InvoiceStatus;
  customerId?: string;
  subscriptionId?: string;
  issuedFrom?: Date;
  issuedTo?: Date;
  /** Relative to `now`: open, due before now, not fully paid. */
  overdue?: { value: boolean; now: Date };
  numberContains?: string;
};

export type InvoiceOrder = { field: "issuedAt" | "totalMinor"; direction: "asc" | "desc" };
export type InvoiceKeyset = { key: Date | bigint; id: string };

/** Open, due before `now`, with something left to pay (amountPaid < amountDue: a column comparison). */
const overdueWhere = (db: Db, now: Date): Prisma.InvoiceWhereInput => ({
  status: "OPEN",
  dueAt: { lt: now },
  amountPaidMinor: { lt: db.invoice.fields.amountDueMinor },
});

function whereOf(db: Db, filters: InvoiceFilters): Prisma.InvoiceWhereInput[] {
  const and: Prisma.InvoiceWhereInput[] = [];
  if (filters.status) and.push({ status: filters.status });
  if (filters.customerId) and.push({ customerId: filters.customerId });
  if (filters.subscriptionId) and.push({ subscriptionId: filters.subscriptionId });
  if (filters.issuedFrom) and.push({ issuedAt: { gte: filters.issuedFrom } });
  if (filters.issuedTo) and.push({ issuedAt: { lt: filters.issuedTo } });
  if (filters.numberContains) and.push({ number: { contains: filters.numberContains, mode: "insensitive" } });
  if (filters.overdue) and.push(filters.overdue.value ? overdueWhere(db, filters.overdue.now) : { NOT: overdueWhere(db, filters.overdue.now) });
  return and;
}

/** Newest first by default (ids are time-ordered); with an order, keyset pagination on (field, id). */
export async function listInvoiceRecords(
  db: Db,
  { limit, order, after, filters }: { limit: number; order: InvoiceOrder; after?: InvoiceKeyset; filters: InvoiceFilters },
): Promise<InvoiceRecord[]> {
  const and = whereOf(db, filters);
  if (after) {
    const beyond = order.direction === "asc" ? "gt" : "lt";
    and.push({ OR: [{ [order.field]: { [beyond]: after.key } }, { [order.field]: after.key, id: { [beyond]: after.id } }] });
  }
  return db.invoice.findMany({
    where: { AND: and },
    orderBy: [{ [order.field]: order.direction }, { id: order.direction }],
    take: limit,
    select: invoiceSelect,
  });
}

export type InvoiceTotalsRow = { currency: string; count: number; totalMinor: bigint; amountDueMinor: bigint; amountPaidMinor: bigint };

/** Sums per currency over every invoice matching the filters. */
export async function sumInvoices(db: Db, filters: InvoiceFilters): Promise<InvoiceTotalsRow[]> {
  const groups = await db.invoice.groupBy({
    by: ["currency"],
    where: { AND: whereOf(db, filters) },
    _count: { _all: true },
    _sum: { totalMinor: true, amountDueMinor: true, amountPaidMinor: true },
    orderBy: { currency: "asc" },
  });
  return groups.map((group) => ({
    currency: group.currency,
    count: group._count._all,
    totalMinor: group._sum.totalMinor ?? 0n,
    amountDueMinor: group._sum.amountDueMinor ?? 0n,
    amountPaidMinor: group._sum.amountPaidMinor ?? 0n,
  }));
}

/** The invoice columns that follow from its lines (kept equal to their sums by every line edit). */
export type InvoiceAmounts = {
  subtotalMinor: bigint;
  discountMinor: bigint;
  taxMinor: bigint;
  inclusiveTaxMinor: bigint;
  totalMinor: bigint;
  amountDueMinor: bigint;
  summary: Prisma.InputJsonValue;
};

/** A manual line as stored: no charge, and discounts are for subscription lines only. */
export type DraftLineData = Omit<InvoiceLineData, "chargeId" | "discountMinor">;

export type ManualInvoiceData = {
  id: string;
  customerId: string;
  currency: string;
  locale: string;
  memo: string | null;
  dueAt: Date | null;
  issuedAt: Date;
};

export async function insertManualInvoice(db: Db, data: ManualInvoiceData, amounts: InvoiceAmounts, lines: readonly DraftLineData[]): Promise<void> {
  await db.invoice.create({ data: { ...data, ...amounts, reason: "MANUAL", status: "DRAFT", createdAt: data.issuedAt, updatedAt: data.issuedAt }, select: { id: true } });
  if (lines.length > 0) await db.invoiceLine.createMany({ data: lines.map((line) => ({ ...line, invoiceId: data.id })) });
}

export const insertInvoiceLine = (db: Db, invoiceId: string, line: DraftLineData) => db.invoiceLine.create({ data: { ...line, invoiceId }, select: { id: true } });

export const updateInvoiceLine = (db: Db, lineId: string, line: Omit<DraftLineData, "id" | "position">) =>
  db.invoiceLine.update({ where: { id: lineId }, data: line, select: { id: true } });

export const deleteInvoiceLine = (db: Db, lineId: string) => db.invoiceLine.delete({ where: { id: lineId }, select: { id: true } });

export const updateInvoiceAmounts = (db: Db, id: string, amounts: InvoiceAmounts, now: Date) =>
  db.invoice.update({ where: { id }, data: { ...amounts, updatedAt: now }, select: { id: true } });

export const updateInvoiceFields = (
  db: Db,
  id: string,
  data: Partial<{
    status: InvoiceStatus;
    memo: string | null;
    dueAt: Date | null;
    creditAppliedMinor: bigint;
    amountDueMinor: bigint;
    amountPaidMinor: bigint;
    paidAt: Date | null;
    voidedAt: Date;
    voidReason: string;
  }> & { updatedAt: Date },
) => db.invoice.update({ where: { id }, data, select: { id: true } });

/** Only drafts are deleted (their lines cascade); anything finalized is voided instead. */
export const deleteDraftInvoice = (db: Db, id: string) => db.invoice.deleteMany({ where: { id, status: "DRAFT" } });

const paymentSelect = {
  id: true,
  invoiceId: true,
  customerId: true,
  currency: true,
  amountMinor: true,
  method: true,
  reference: true,
  receivedAt: true,
  createdAt: true,
} as const;
export type PaymentRow = Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>;

export type PaymentData = Omit<PaymentRow, "createdAt">;

export const insertPayment = (db: Db, data: PaymentData, createdAt: Date): Promise<PaymentRow> => db.payment.create({ data: { ...data, createdAt }, select: paymentSelect });

export const listInvoicePayments = (db: Db, invoiceId: string): Promise<PaymentRow[]> =>
  db.payment.findMany({ where: { invoiceId }, orderBy: [{ receivedAt: "asc" }, { id: "asc" }], select: paymentSelect });

/** What voiding gives back: the credit balance the invoice spent at finalization (Σ of its INVOICE_APPLIED rows, negated). */
export async function balanceAppliedToInvoice(db: Db, invoiceId: string): Promise<bigint> {
  const result = await db.customerBalanceTransaction.aggregate({ where: { invoiceId, type: "INVOICE_APPLIED" }, _sum: { amountMinor: true } });
  return -(result._sum.amountMinor ?? 0n);
}

export const findProductsByIds = (db: Db, ids: readonly string[]) =>
  db.product.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, archivedAt: true } });
