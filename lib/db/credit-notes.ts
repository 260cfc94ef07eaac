// Typed row access for credit notes and the customer credit balance ledger.
import type { Prisma } from "./generated/client";
import type { CreditNoteReason, CreditNoteSettlement } from "./generated/enums";
import type { Db } from "./types";

const creditNoteSelect = {
  id: true,
  number: true,
  invoiceId: true,
  invoice: { select: { number: true } },
  customerId: true,
  reason: true,
  memo: true,
  settlement: true,
  currency: true,
  subtotalMinor: true,
  taxMinor: true,
  totalMinor: true,
  issuedAt: true,
  createdAt: true,
  lines: { select: { id: true, invoiceLineId: true, description: true, amountMinor: true, taxMinor: true, totalMinor: true }, orderBy: { id: "asc" } },
} as const;

export type CreditNoteRow = Prisma.CreditNoteGetPayload<{ select: typeof creditNoteSelect }>;

export type CreditNoteData = {
  id: string;
  number: string;
  invoiceId: string;
  customerId: string;
  reason: CreditNoteReason;
  memo: string | null;
  settlement: CreditNoteSettlement;
  currency: string;
  subtotalMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  issuedAt: Date;
};

export type CreditNoteLineData = { id: string; invoiceLineId: string; description: string; amountMinor: bigint; taxMinor: bigint; totalMinor: bigint };

export async function insertCreditNote(db: Db, data: CreditNoteData, lines: readonly CreditNoteLineData[]): Promise<CreditNoteRow> {
  await db.creditNote.create({ data: { ...data, createdAt: data.issuedAt }, select: { id: true } });
  await db.creditNoteLine.createMany({ data: lines.map((line) => ({ ...line, creditNoteId: data.id })) });
  return db.creditNote.findUniqueOrThrow({ where: { id: data.id }, select: creditNoteSelect });
}

export const findCreditNoteById = (db: Db, id: string): Promise<CreditNoteRow | null> => db.creditNote.findUnique({ where: { id }, select: creditNoteSelect });

/** Newest first (ids are time-ordered); the cursor is the last id seen. */
export const listCreditNotes = (
  db: Db,
  { limit, startingAfter, invoiceId, customerId }: { limit: number; startingAfter?: string; invoiceId?: string; customerId?: string },
): Promise<CreditNoteRow[]> =>
  db.creditNote.findMany({
    where: {
      ...(invoiceId ? { invoiceId } : {}),
      ...(customerId ? { customerId } : {}),
      ...(startingAfter ? { id: { lt: startingAfter } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit,
    select: creditNoteSelect,
  });

/** Σ credited so far on the invoice, by credit notes (the most that may still be credited is the total minus it). */
export async function creditedOnInvoice(db: Db, invoiceId: string): Promise<bigint> {
  const result = await db.creditNote.aggregate({ where: { invoiceId }, _sum: { totalMinor: true } });
  return result._sum.totalMinor ?? 0n;
}

const transactionSelect = {
  id: true,
  customerId: true,
  currency: true,
  amountMinor: true,
  type: true,
  invoiceId: true,
  creditNoteId: true,
  description: true,
  createdAt: true,
} as const;

export type BalanceTransactionRow = Prisma.CustomerBalanceTransactionGetPayload<{ select: typeof transactionSelect }>;

/** The customer's balance per currency (every currency it ever had a transaction in). */
export async function balancesOfCustomer(db: Db, customerId: string): Promise<{ currency: string; amountMinor: bigint }[]> {
  const groups = await db.customerBalanceTransaction.groupBy({ by: ["currency"], where: { customerId }, _sum: { amountMinor: true }, orderBy: { currency: "asc" } });
  return groups.map((group) => ({ currency: group.currency, amountMinor: group._sum.amountMinor ?? 0n }));
}

/** Newest first; the cursor is the last id seen. */
export const listBalanceTransactions = (
  db: Db,
  { customerId, currency, limit, startingAfter }: { customerId: string; currency?: string; limit: number; startingAfter?: string },
): Promise<BalanceTransactionRow[]> =>
  db.customerBalanceTransaction.findMany({
    where: { customerId, ...(currency ? { currency } : {}), ...(startingAfter ? { id: { lt: startingAfter } } : {}) },
    orderBy: { id: "desc" },
    take: limit,
    select: transactionSelect,
  });

export const findBalanceTransactionById = (db: Db, id: string): Promise<BalanceTransactionRow | null> =>
  db.customerBalanceTransaction.findUnique({ where: { id }, select: transactionSelect });
