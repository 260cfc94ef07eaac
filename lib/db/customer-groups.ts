import type { Prisma } from "./generated/client";
import type { Db } from "./types";

const groupSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  paymentTermsDays: true,
  preferredCurrency: true,
  locale: true,
  taxExempt: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type CustomerGroupRow = Prisma.CustomerGroupGetPayload<{ select: typeof groupSelect }>;

export type CustomerGroupData = {
  code: string;
  name: string;
  description: string | null;
  paymentTermsDays: number | null;
  preferredCurrency: string | null;
  locale: string | null;
  taxExempt: boolean | null;
  archivedAt: Date | null;
};

export const insertCustomerGroup = (db: Db, data: CustomerGroupData & { id: string; createdAt: Date }): Promise<CustomerGroupRow> =>
  db.customerGroup.create({ data: { ...data, updatedAt: data.createdAt }, select: groupSelect });

export const findCustomerGroupById = (db: Db, id: string): Promise<CustomerGroupRow | null> =>
  db.customerGroup.findUnique({ where: { id }, select: groupSelect });

export const findCustomerGroupByCode = (db: Db, code: string): Promise<CustomerGroupRow | null> =>
  db.customerGroup.findUnique({ where: { code }, select: groupSelect });

/** Locks the row until the transaction ends (read-modify-write updates and archiving do not race). */
export async function lockCustomerGroup(db: Db, id: string): Promise<CustomerGroupRow | null> {
  await db.$queryRaw`SELECT 1 FROM "CustomerGroup" WHERE "id" = ${id} FOR UPDATE`;
  return findCustomerGroupById(db, id);
}

export const updateCustomerGroup = (db: Db, id: string, data: Partial<CustomerGroupData> & { updatedAt: Date }): Promise<CustomerGroupRow> =>
  db.customerGroup.update({ where: { id }, data, select: groupSelect });

export type CustomerGroupFilters = { q?: string; archived?: boolean };

/** Newest first; ids are time-ordered, so the cursor is the last id seen. */
export const listCustomerGroups = (
  db: Db,
  { limit, startingAfter, filters }: { limit: number; startingAfter?: string; filters: CustomerGroupFilters },
): Promise<CustomerGroupRow[]> => {
  const and: Prisma.CustomerGroupWhereInput[] = [];
  if (startingAfter) and.push({ id: { lt: startingAfter } });
  if (filters.archived !== undefined) and.push({ archivedAt: filters.archived ? { not: null } : null });
  if (filters.q) {
    const contains = { contains: filters.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
    and.push({ OR: [{ code: contains }, { name: contains }] });
  }
  return db.customerGroup.findMany({ where: { AND: and }, orderBy: { id: "desc" }, take: limit, select: groupSelect });
};

/** How many customers are in each group (for the groups list). */
export async function countGroupMembers(db: Db, groupIds: string[]): Promise<Map<string, number>> {
  const counts = await db.customer.groupBy({ by: ["groupId"], where: { groupId: { in: groupIds } }, _count: { _all: true } });
  return new Map(counts.map((row) => [row.groupId ?? "", row._count._all]));
}

/** The groups with these ids (import validates many rows at once). */
export const findCustomerGroupsByIds = (db: Db, ids: string[]): Promise<CustomerGroupRow[]> =>
  db.customerGroup.findMany({ where: { id: { in: ids } }, select: groupSelect });
