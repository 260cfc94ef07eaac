import type { Prisma } from "./generated/client";
import { archivedFilter, containsInsensitive, pageArgs, type CatalogPage } from "./catalog-list";
import type { Db } from "./types";

const familySelect = { id: true, code: true, name: true, description: true, archivedAt: true, createdAt: true, updatedAt: true } as const;

export type ProductFamilyRow = Prisma.ProductFamilyGetPayload<{ select: typeof familySelect }>;
export type ProductFamilyData = { code: string; name: string; description: string | null; archivedAt: Date | null };

export const insertProductFamily = (db: Db, data: ProductFamilyData & { id: string; createdAt: Date }): Promise<ProductFamilyRow> =>
  db.productFamily.create({ data: { ...data, updatedAt: data.createdAt }, select: familySelect });

export const findProductFamilyById = (db: Db, id: string): Promise<ProductFamilyRow | null> =>
  db.productFamily.findUnique({ where: { id }, select: familySelect });

export const findProductFamilyByCode = (db: Db, code: string): Promise<ProductFamilyRow | null> =>
  db.productFamily.findUnique({ where: { code }, select: familySelect });

/** Locks the row until the transaction ends: archiving and adding a product to the family do not race. */
export async function lockProductFamily(db: Db, id: string): Promise<ProductFamilyRow | null> {
  await db.$queryRaw`SELECT 1 FROM "ProductFamily" WHERE "id" = ${id} FOR UPDATE`;
  return findProductFamilyById(db, id);
}

export const listProductFamilies = (db: Db, page: CatalogPage, filters: { q?: string; status?: "active" | "archived" }): Promise<ProductFamilyRow[]> =>
  db.productFamily.findMany({
    where: { ...archivedFilter(filters.status), ...(filters.q ? { OR: [{ code: containsInsensitive(filters.q) }, { name: containsInsensitive(filters.q) }] } : {}) },
    ...pageArgs(page),
    select: familySelect,
  });

export const updateProductFamily = (db: Db, id: string, data: Partial<ProductFamilyData> & { updatedAt: Date }): Promise<ProductFamilyRow> =>
  db.productFamily.update({ where: { id }, data, select: familySelect });

export const countFamilyProducts = (db: Db, familyId: string): Promise<number> => db.product.count({ where: { familyId } });
