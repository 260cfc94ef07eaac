// Typed row access for invoice assembly and finalization: invoices with their lines, the
// row-locked number series, billing settings and the customer's credit balance.
import type { Prisma } from "./generated/client";
import type { BalanceTransactionType, InvoiceReason, InvoiceStatus } from "./generated/enums";
import type { Db } from "./types";

export type InvoiceLineData = {
  id: string;
  position: number;
  key: string;
  description: string;
  kind: string;
  chargeId: string | null;
  quantity: string;
  unitAmount: string | null;
  amountMinor: bigint;
  discountMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  taxInclusive: boolean;
  periodStart: Date | null;
  periodEnd: Date | null;
  breakdown: Prisma.InputJsonValue;
  taxes: Prisma.InputJsonValue;
};

export type InvoiceData = {
  id: string;
  customerId: string;
  subscriptionId: string | null;
  billingKey: string | null;
  reason: InvoiceReason;
  periodIndex: number | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  currency: string;
  subtotalMinor: bigint;
  discountMinor: bigint;
  taxMinor: bigint;
  inclusiveTaxMinor: bigint;
  totalMinor: bigint;
  creditAppliedMinor: bigint;
  amountDueMinor: bigint;
  summary: Prisma.InputJsonValue;
  locale: string;
  memo: string | null;
  issuedAt: Date;
  autoFinalizeAt: Date | null;
  testClockId: string | null;
};

/** Invoice columns set once finalized (a draft leaves them at their defaults). */
export type FinalizedColumns = {
  status: InvoiceStatus;
  number: string;
  parties: Prisma.InputJsonValue;
  creditAppliedMinor: bigint;
  amountDueMinor: bigint;
  finalizedAt: Date;
  dueAt: Date;
  paidAt: Date | null;
};

export type InvoiceRecord = { data: InvoiceData & Partial<FinalizedColumns>; lines: InvoiceLineData[] };

/** Inserts invoices with their lines, two statements for any number (a duplicate billingKey fails them all). */
export async function insertInvoices(db: Db, records: readonly InvoiceRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.invoice.createMany({ data: records.map((record) => record.data) });
  const lines = records.flatMap((record) => record.lines.map((line) => ({ ...line, invoiceId: record.data.id })));
  if (lines.length > 0) await db.invoiceLine.createMany({ data: lines });
}

/** Finalizes inserted drafts in one statement: their numbers and statuses (the other columns are already set). */
export async function setInvoiceNumbers(db: Db, invoices: readonly { id: string; number: string; status: "OPEN" | "PAID" }[]): Promise<void> {
  await db.$executeRaw`
    UPDATE "Invoice" AS i SET "number" = v."number", "status" = v."status"::"InvoiceStatus"
    FROM unnest(${invoices.map((invoice) => invoice.id)}::text[], ${invoices.map((invoice) => invoice.number)}::text[], ${invoices.map((invoice) => invoice.status)}::text[])
      AS v("id", "number", "status")
    WHERE i."id" = v."id"`;
}

export const insertBalanceTransactions = (db: Db, data: readonly BalanceTransactionData[]) =>
  data.length > 0 ? db.customerBalanceTransaction.createMany({ data: [...data] }) : Promise.resolve({ count: 0 });

const invoiceForFinalizeSelect = {
  id: true,
  status: true,
  customerId: true,
  subscriptionId: true,
  currency: true,
  totalMinor: true,
  amountDueMinor: true,
  dueAt: true,
  testClockId: true,
  subscription: { select: { paymentTermsDays: true } },
} as const;

export type InvoiceForFinalize = Prisma.InvoiceGetPayload<{ select: typeof invoiceForFinalizeSelect }>;

/** The invoice under a row lock held until commit (finalization, payments and voids serialize on it). */
export async function lockInvoice(db: Db, id: string): Promise<InvoiceForFinalize | null> {
  const locked = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Invoice" WHERE "id" = ${id} FOR UPDATE`;
  if (locked.length === 0) return null;
  return db.invoice.findUniqueOrThrow({ where: { id }, select: invoiceForFinalizeSelect });
}

export const updateInvoiceFinalized = (db: Db, id: string, data: FinalizedColumns & { locale: string }) =>
  db.invoice.update({ where: { id }, data: { ...data, autoFinalizeAt: null }, select: { id: true } });

/**
 * Takes the next `count` values of a number series, gap-free, and returns the last one: the counter
 * row is created or incremented under its row lock, which the caller's transaction holds until
 * commit, so concurrent finalizations queue and a rolled-back one gives its numbers back.
 */
export async function takeSeriesValues(db: Db, series: string, count: number): Promise<number> {
  const [row] = await db.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "InvoiceNumberSeries" ("series", "lastValue", "updatedAt") VALUES (${series}, ${count}, now())
    ON CONFLICT ("series") DO UPDATE SET "lastValue" = "InvoiceNumberSeries"."lastValue" + ${count}, "updatedAt" = now()
    RETURNING "lastValue"`;
  return row!.lastValue;
}

export type BillingSettingsRow = Prisma.BillingSettingsGetPayload<object>;

/** The account's billing settings (the defaults until someone saves them). */
export async function findBillingSettings(db: Db): Promise<BillingSettingsRow> {
  const saved = await db.billingSettings.findUnique({ where: { id: "default" } });
  if (saved) return saved;
  // First use: create the defaults (ON CONFLICT: a concurrent first use may win the insert).
  await db.$executeRaw`INSERT INTO "BillingSettings" ("id", "updatedAt") VALUES ('default', now()) ON CONFLICT ("id") DO NOTHING`;
  return db.billingSettings.findUniqueOrThrow({ where: { id: "default" } });
}

/**
 * Customers' credit balances (positive: owed to the customer), keyed `customerId:currency`; absent
 * means 0. Callers that spend credit hold the customers' row locks so two invoices cannot spend it twice.
 */
export async function customerBalances(db: Db, customerIds: readonly string[]): Promise<Map<string, bigint>> {
  const rows = await db.customerBalanceTransaction.groupBy({ by: ["customerId", "currency"], where: { customerId: { in: [...customerIds] } }, _sum: { amountMinor: true } });
  return new Map(rows.map((row) => [balanceKey(row.customerId, row.currency), row._sum.amountMinor ?? 0n]));
}

export const balanceKey = (customerId: string, currency: string) => `${customerId}:${currency}`;

export type BalanceTransactionData = {
  id: string;
  customerId: string;
  currency: string;
  amountMinor: bigint;
  type: BalanceTransactionType;
  invoiceId?: string | null;
  creditNoteId?: string | null;
  description?: string | null;
  createdAt: Date;
};

