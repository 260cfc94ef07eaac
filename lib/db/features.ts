import type { Prisma } from "./generated/client";
import type { FeatureType } from "./generated/enums";
import { archivedFilter, containsInsensitive, pageArgs, type CatalogPage } from "./catalog-list";
import type { Db } from "./types";

const featureSelect = { id: true, code: true, name: true, description: true, type: true, archivedAt: true, createdAt: true, updatedAt: true } as const;

export type FeatureRow = Prisma.FeatureGetPayload<{ select: typeof featureSelect }>;
export type FeatureData = { code: string; name: string; description: string | null; type: FeatureType; archivedAt: Date | null };

export const insertFeature = (db: Db, data: FeatureData & { id: string; createdAt: Date }): Promise<FeatureRow> =>
  db.feature.create({ data: { ...data, updatedAt: data.createdAt }, select: featureSelect });

export const findFeatureById = (db: Db, id: string): Promise<FeatureRow | null> => db.feature.findUnique({ where: { id }, select: featureSelect });

export const findFeatureByCode = (db: Db, code: string): Promise<FeatureRow | null> => db.feature.findUnique({ where: { code }, select: featureSelect });

export async function lockFeature(db: Db, id: string): Promise<FeatureRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Feature" WHERE "id" = ${id} FOR UPDATE`;
  return findFeatureById(db, id);
}

export const listFeatures = (
  db: Db,
  page: CatalogPage,
  filters: { q?: string; status?: "active" | "archived"; type?: FeatureType },
): Promise<FeatureRow[]> =>
  db.feature.findMany({
    where: {
      ...archivedFilter(filters.status),
      ...(filters.type ? { type: filters.type } : {}),
      ...(filters.q ? { OR: [{ code: containsInsensitive(filters.q) }, { name: containsInsensitive(filters.q) }] } : {}),
    },
    ...pageArgs(page),
    select: featureSelect,
  });

export const updateFeature = (db: Db, id: string, data: Partial<FeatureData> & { updatedAt: Date }): Promise<FeatureRow> =>
  db.feature.update({ where: { id }, data, select: featureSelect });

export const countFeatureGrants = (db: Db, featureId: string): Promise<number> => db.planFeature.count({ where: { featureId } });
