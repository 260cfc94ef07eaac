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

/**
 * Inserts an invoice and its lines. With a billingKey, a concurrent or repeated insert of the same
 * key loses on the unique index: returns false and writes nothing (the caller's transaction stays usable).
 */
export async function insertInvoice(db: Db, data: InvoiceData, lines: readonly InvoiceLineData[]): Promise<boolean> {
  if (data.billingKey !== null) {
    const inserted = await db.$executeRaw`
      INSERT INTO "Invoice" ("id", "customerId", "reason", "currency", "issuedAt", "billingKey", "updatedAt")
      VALUES (${data.id}, ${data.customerId}, ${data.reason}::"InvoiceReason", ${data.currency}, ${data.issuedAt}, ${data.billingKey}, now())
      ON CONFLICT ("billingKey") DO NOTHING`;
    if (inserted === 0) return false;
    await db.invoice.update({ where: { id: data.id }, data, select: { id: true } });
  } else {
    await db.invoice.create({ data, select: { id: true } });
  }
  if (lines.length > 0) await db.invoiceLine.createMany({ data: lines.map((line) => ({ ...line, invoiceId: data.id })) });
  return true;
}

const invoiceForFinalizeSelect = {
  id: true,
  status: true,
  customerId: true,
  subscriptionId: true,
  currency: true,
  totalMinor: true,
  amountDueMinor: true,
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

export type FinalizeData = {
  status: InvoiceStatus;
  number: string;
  parties: Prisma.InputJsonValue;
  locale: string;
  creditAppliedMinor: bigint;
  amountDueMinor: bigint;
  finalizedAt: Date;
  dueAt: Date;
  paidAt: Date | null;
};

export const updateInvoiceFinalized = (db: Db, id: string, data: FinalizeData) =>
  db.invoice.update({ where: { id }, data: { ...data, autoFinalizeAt: null }, select: { id: true } });

/**
 * The next value of a number series, gap-free: the counter row is created or incremented under its
 * row lock, which the caller's transaction holds until commit, so concurrent finalizations queue and
 * a rolled-back one gives its number back.
 */
export async function nextSeriesValue(db: Db, series: string): Promise<number> {
  const [row] = await db.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "InvoiceNumberSeries" ("series", "lastValue", "updatedAt") VALUES (${series}, 1, now())
    ON CONFLICT ("series") DO UPDATE SET "lastValue" = "InvoiceNumberSeries"."lastValue" + 1, "updatedAt" = now()
    RETURNING "lastValue"`;
  return row!.lastValue;
}

export type BillingSettingsRow = Prisma.BillingSettingsGetPayload<object>;

/** The account's billing settings (the defaults until someone saves them). */
export async function findBillingSettings(db: Db): Promise<BillingSettingsRow> {
  await db.$executeRaw`INSERT INTO "BillingSettings" ("id", "updatedAt") VALUES ('default', now()) ON CONFLICT ("id") DO NOTHING`;
  return db.billingSettings.findUniqueOrThrow({ where: { id: "default" } });
}

/**
 * The customer's credit balance in a currency (positive: owed to the customer). Callers that spend it
 * lock the customer first so two invoices cannot spend the same credit.
 */
export async function customerBalance(db: Db, customerId: string, currency: string): Promise<bigint> {
  const result = await db.customerBalanceTransaction.aggregate({ where: { customerId, currency }, _sum: { amountMinor: true } });
  return result._sum.amountMinor ?? 0n;
}

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

export const insertBalanceTransaction = (db: Db, data: BalanceTransactionData) => db.customerBalanceTransaction.create({ data, select: { id: true } });
