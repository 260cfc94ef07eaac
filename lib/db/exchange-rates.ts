import type { Prisma } from "./generated/client";
import type { Db } from "./types";

const rateSelect = { id: true, baseCurrency: true, quoteCurrency: true, rate: true, effectiveFrom: true, createdAt: true } as const;

type RawRow = Prisma.ExchangeRateGetPayload<{ select: typeof rateSelect }>;
/** The rate as an exact decimal string (never a float). */
export type ExchangeRateRow = Omit<RawRow, "rate"> & { rate: string };

const toRow = (row: RawRow): ExchangeRateRow => ({ ...row, rate: row.rate.toFixed() });

export const insertExchangeRate = async (
  db: Db,
  data: { id: string; baseCurrency: string; quoteCurrency: string; rate: string; effectiveFrom: Date; createdAt: Date },
): Promise<ExchangeRateRow> => toRow(await db.exchangeRate.create({ data, select: rateSelect }));

export const findExchangeRateById = async (db: Db, id: string): Promise<ExchangeRateRow | null> => {
  const row = await db.exchangeRate.findUnique({ where: { id }, select: rateSelect });
  return row && toRow(row);
};

/** Latest effective first, then newest id: the order rates supersede one another. */
export const listExchangeRates = async (
  db: Db,
  { limit, startingAfter, baseCurrency, quoteCurrency }: { limit: number; startingAfter?: string; baseCurrency?: string; quoteCurrency?: string },
): Promise<ExchangeRateRow[]> => {
  const rows = await db.exchangeRate.findMany({
    where: { ...(baseCurrency ? { baseCurrency } : {}), ...(quoteCurrency ? { quoteCurrency } : {}) },
    orderBy: [{ effectiveFrom: "desc" }, { id: "desc" }],
    take: limit,
    ...(startingAfter ? { cursor: { id: startingAfter }, skip: 1 } : {}),
    select: rateSelect,
  });
  return rows.map(toRow);
};

/** For each direction of the pair, the latest rate effective at `at` (at most two rows). */
export async function findEffectiveRates(db: Db, a: string, b: string, at: Date): Promise<ExchangeRateRow[]> {
  const latest = (baseCurrency: string, quoteCurrency: string) =>
    db.exchangeRate.findFirst({
      where: { baseCurrency, quoteCurrency, effectiveFrom: { lte: at } },
      orderBy: { effectiveFrom: "desc" },
      select: rateSelect,
    });
  const rows = await Promise.all([latest(a, b), latest(b, a)]);
  return rows.filter((row) => row !== null).map(toRow);
}

export const deleteExchangeRate = (db: Db, id: string): Promise<number> => db.exchangeRate.deleteMany({ where: { id } }).then((result) => result.count);
