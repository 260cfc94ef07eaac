import type { Prisma } from "./generated/client";
import type { PlanStatus } from "./generated/enums";
import { archivedFilter, containsInsensitive, pageArgs, type CatalogPage } from "./catalog-list";
import type { Db } from "./types";

const productSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  familyId: true,
  metadata: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type ProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;
export type ProductData = {
  code: string;
  name: string;
  description: string | null;
  familyId: string | null;
  metadata: Record<string, string>;
  archivedAt: Date | null;
};

export const insertProduct = (db: Db, data: ProductData & { id: string; createdAt: Date }): Promise<ProductRow> =>
  db.product.create({ data: { ...data, updatedAt: data.createdAt }, select: productSelect });

export const findProductById = (db: Db, id: string): Promise<ProductRow | null> => db.product.findUnique({ where: { id }, select: productSelect });

export const findProductByCode = (db: Db, code: string): Promise<ProductRow | null> => db.product.findUnique({ where: { code }, select: productSelect });

/** Locks the row until the transaction ends, so read-modify-write updates (metadata merge, archive) do not race. */
export async function lockProduct(db: Db, id: string): Promise<ProductRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Product" WHERE "id" = ${id} FOR UPDATE`;
  return findProductById(db, id);
}

export type ProductFilters = {
  q?: string;
  status?: "active" | "archived";
  familyId?: string;
  /** Every pair must match. */
  metadata?: Record<string, string>;
};

export const listProducts = (db: Db, page: CatalogPage, filters: ProductFilters): Promise<ProductRow[]> => {
  const and: Prisma.ProductWhereInput[] = [archivedFilter(filters.status)];
  if (filters.familyId) and.push({ familyId: filters.familyId });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) and.push({ OR: [{ code: containsInsensitive(filters.q) }, { name: containsInsensitive(filters.q) }] });
  return db.product.findMany({ where: { AND: and }, ...pageArgs(page), select: productSelect });
};

export const updateProduct = (db: Db, id: string, data: Partial<ProductData> & { updatedAt: Date }): Promise<ProductRow> =>
  db.product.update({ where: { id }, data, select: productSelect });

const planSummarySelect = { id: true, code: true, name: true, status: true, createdAt: true } as const;
export type ProductPlanRow = { id: string; code: string; name: string; status: PlanStatus; createdAt: Date };

/** A product's plans, oldest first (a product has a handful). */
export const listProductPlans = (db: Db, productId: string): Promise<ProductPlanRow[]> =>
  db.plan.findMany({ where: { productId }, orderBy: { id: "asc" }, select: planSummarySelect });

export const countProductPlans = (db: Db, productId: string): Promise<number> => db.plan.count({ where: { productId } });
