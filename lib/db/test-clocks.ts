// Typed row access for test clocks (simulated time) and what is attached to them.
import type { Prisma } from "./generated/client";
import type { Db } from "./types";

const testClockSelect = {
  id: true,
  name: true,
  frozenTime: true,
  createdAt: true,
  customers: { select: { id: true }, orderBy: { id: "asc" } },
} as const;

export type TestClockRow = Prisma.TestClockGetPayload<{ select: typeof testClockSelect }>;

export const insertTestClock = (db: Db, data: { id: string; name: string; frozenTime: Date; createdAt: Date }) =>
  db.testClock.create({ data: { ...data, updatedAt: data.createdAt }, select: testClockSelect });

export const findTestClockById = (db: Db, id: string): Promise<TestClockRow | null> => db.testClock.findUnique({ where: { id }, select: testClockSelect });

/** The clock under a row lock: advances of one clock run one at a time. */
export async function lockTestClock(db: Db, id: string): Promise<TestClockRow | null> {
  await db.$queryRaw`SELECT 1 FROM "TestClock" WHERE "id" = ${id} FOR UPDATE`;
  return findTestClockById(db, id);
}

export const setTestClockTime = (db: Db, id: string, frozenTime: Date) => db.testClock.update({ where: { id }, data: { frozenTime }, select: { id: true } });

/** Newest first (ids are time-ordered). */
export const listTestClocks = (db: Db, { limit, startingAfter }: { limit: number; startingAfter?: string }): Promise<TestClockRow[]> =>
  db.testClock.findMany({ where: startingAfter ? { id: { lt: startingAfter } } : {}, orderBy: { id: "desc" }, take: limit, select: testClockSelect });

/** Whether the customer already has billing history (which must not mix real and simulated time). */
export async function customerHasBillingHistory(db: Db, customerId: string): Promise<boolean> {
  const [subscriptions, invoices] = await Promise.all([db.subscription.count({ where: { customerId } }), db.invoice.count({ where: { customerId } })]);
  return subscriptions + invoices > 0;
}

export const setCustomerTestClock = (db: Db, customerId: string, testClockId: string | null) =>
  db.customer.update({ where: { id: customerId }, data: { testClockId }, select: { id: true } });
