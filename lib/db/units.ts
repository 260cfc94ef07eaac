import type { Prisma } from "./generated/client";
import { archivedFilter, containsInsensitive, pageArgs, type CatalogPage } from "./catalog-list";
import type { Db } from "./types";

const unitSelect = { id: true, code: true, name: true, plural: true, archivedAt: true, createdAt: true, updatedAt: true } as const;

export type UnitRow = Prisma.UnitGetPayload<{ select: typeof unitSelect }>;
export type UnitData = { code: string; name: string; plural: string | null; archivedAt: Date | null };

export const insertUnit = (db: Db, data: UnitData & { id: string; createdAt: Date }): Promise<UnitRow> =>
  db.unit.create({ data: { ...data, updatedAt: data.createdAt }, select: unitSelect });

export const findUnitById = (db: Db, id: string): Promise<UnitRow | null> => db.unit.findUnique({ where: { id }, select: unitSelect });

export const findUnitByCode = (db: Db, code: string): Promise<UnitRow | null> => db.unit.findUnique({ where: { code }, select: unitSelect });

export async function lockUnit(db: Db, id: string): Promise<UnitRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Unit" WHERE "id" = ${id} FOR UPDATE`;
  return findUnitById(db, id);
}

export const listUnits = (db: Db, page: CatalogPage, filters: { q?: string; status?: "active" | "archived" }): Promise<UnitRow[]> =>
  db.unit.findMany({
    where: { ...archivedFilter(filters.status), ...(filters.q ? { OR: [{ code: containsInsensitive(filters.q) }, { name: containsInsensitive(filters.q) }] } : {}) },
    ...pageArgs(page),
    select: unitSelect,
  });

export const updateUnit = (db: Db, id: string, data: Partial<UnitData> & { updatedAt: Date }): Promise<UnitRow> =>
  db.unit.update({ where: { id }, data, select: unitSelect });

export const countUnitCharges = (db: Db, unitId: string): Promise<number> => db.planCharge.count({ where: { unitId } });
