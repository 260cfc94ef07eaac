import type { Prisma } from "./generated/client";
import type { MeterAggregation } from "./generated/enums";
import { archivedFilter, containsInsensitive, pageArgs, type CatalogPage } from "./catalog-list";
import type { Db } from "./types";

const meterSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  eventName: true,
  aggregation: true,
  property: true,
  filters: true,
  groupBy: true,
  ingestRules: true,
  droppedEvents: true,
  metadata: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type MeterRow = Prisma.MeterGetPayload<{ select: typeof meterSelect }>;
export type MeterData = {
  code: string;
  name: string;
  description: string | null;
  eventName: string;
  aggregation: MeterAggregation;
  property: string | null;
  filters: Prisma.InputJsonValue;
  groupBy: string[];
  ingestRules: Prisma.InputJsonValue;
  metadata: Record<string, string>;
  archivedAt: Date | null;
};

export const insertMeter = (db: Db, data: MeterData & { id: string; createdAt: Date }): Promise<MeterRow> =>
  db.meter.create({ data: { ...data, updatedAt: data.createdAt }, select: meterSelect });

export const findMeterById = (db: Db, id: string): Promise<MeterRow | null> => db.meter.findUnique({ where: { id }, select: meterSelect });

export const findMeterByCode = (db: Db, code: string): Promise<MeterRow | null> => db.meter.findUnique({ where: { code }, select: meterSelect });

export const findMetersByIds = (db: Db, ids: string[]): Promise<MeterRow[]> => db.meter.findMany({ where: { id: { in: ids } }, select: meterSelect });

/** Every meter, archived ones included (rollups and period usage keep working for them). */
export const listAllMeters = (db: Db): Promise<MeterRow[]> => db.meter.findMany({ orderBy: { id: "asc" }, select: meterSelect });

/** The active meters: what ingestion validates events against. */
export const listActiveMeters = (db: Db): Promise<MeterRow[]> => db.meter.findMany({ where: { archivedAt: null }, orderBy: { id: "asc" }, select: meterSelect });

/** Locks the row until the transaction ends, so read-modify-write updates do not race. */
export async function lockMeter(db: Db, id: string): Promise<MeterRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Meter" WHERE "id" = ${id} FOR UPDATE`;
  return findMeterById(db, id);
}

export type MeterFilters = { q?: string; status?: "active" | "archived"; eventName?: string; aggregation?: MeterAggregation; metadata?: Record<string, string> };

export const listMeters = (db: Db, page: CatalogPage, filters: MeterFilters): Promise<MeterRow[]> => {
  const and: Prisma.MeterWhereInput[] = [archivedFilter(filters.status)];
  if (filters.eventName) and.push({ eventName: filters.eventName });
  if (filters.aggregation) and.push({ aggregation: filters.aggregation });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) and.push({ OR: [{ code: containsInsensitive(filters.q) }, { name: containsInsensitive(filters.q) }] });
  return db.meter.findMany({ where: { AND: and }, ...pageArgs(page), select: meterSelect });
};

export const updateMeter = (db: Db, id: string, data: Partial<MeterData> & { updatedAt: Date }): Promise<MeterRow> =>
  db.meter.update({ where: { id }, data, select: meterSelect });

export const countMeterCharges = (db: Db, meterId: string): Promise<number> => db.planCharge.count({ where: { meterId } });

/** Adds to the meters' dropped-event counters (one statement per meter with drops). */
export async function addDroppedEvents(db: Db, counts: Map<string, number>): Promise<void> {
  for (const [id, count] of counts) await db.$executeRaw`UPDATE "Meter" SET "droppedEvents" = "droppedEvents" + ${count} WHERE "id" = ${id}`;
}

/** The plan charges (every plan version) that price a meter, newest plan version first. */
export const listMeterCharges = (db: Db, meterId: string) =>
  db.planCharge.findMany({
    where: { meterId },
    orderBy: [{ planVersion: { plan: { code: "asc" } } }, { planVersion: { version: "desc" } }],
    take: 200,
    select: {
      key: true,
      name: true,
      planVersion: { select: { version: true, plan: { select: { id: true, code: true, name: true, status: true, currentVersionId: true } }, id: true } },
    },
  });

/** Meters a usage charge may price: the active ones, plus the given ids (a plan's current meters, even archived). */
export const listMeterChoices = (db: Db, includeIds: string[]) =>
  db.meter.findMany({
    where: { OR: [{ archivedAt: null }, { id: { in: includeIds } }] },
    orderBy: { code: "asc" },
    take: 500,
    select: { id: true, code: true, name: true, aggregation: true, archivedAt: true },
  });
