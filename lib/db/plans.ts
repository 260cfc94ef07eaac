import { Prisma } from "./generated/client";
import type { BillingInterval, BillingTiming, ChargeKind, ChargeTrigger, PlanStatus, PricingModel } from "./generated/enums";
import type { Db } from "./types";

const chargeSelect = {
  id: true,
  key: true,
  name: true,
  kind: true,
  model: true,
  addOn: true,
  trigger: true,
  meterId: true,
  unitId: true,
  defaultQuantity: true,
  position: true,
  prices: { select: { currency: true, properties: true }, orderBy: { currency: "asc" } },
} as const;

const versionSelect = {
  id: true,
  planId: true,
  version: true,
  billingInterval: true,
  intervalCount: true,
  billingTiming: true,
  trialDays: true,
  currencies: true,
  createdAt: true,
  charges: { select: chargeSelect, orderBy: { position: "asc" } },
  features: { select: { featureId: true, limit: true }, orderBy: { featureId: "asc" } },
  _count: { select: { subscriptions: true } },
} as const;

const planSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  productId: true,
  status: true,
  checkoutEnabled: true,
  metadata: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  currentVersion: { select: versionSelect },
} as const;

export type PlanChargeRow = Prisma.PlanChargeGetPayload<{ select: typeof chargeSelect }>;
export type PlanVersionRow = Prisma.PlanVersionGetPayload<{ select: typeof versionSelect }>;
export type PlanRow = Prisma.PlanGetPayload<{ select: typeof planSelect }>;

export type PlanData = {
  code: string;
  name: string;
  description: string | null;
  productId: string | null;
  status: PlanStatus;
  checkoutEnabled: boolean;
  metadata: Record<string, string>;
  archivedAt: Date | null;
};

export type PlanTermsData = {
  billingInterval: BillingInterval;
  intervalCount: number;
  billingTiming: BillingTiming;
  trialDays: number;
  currencies: string[];
};

/** Properties are stored in the rating engine's camelCase shape. */
export type ChargeData = {
  key: string;
  name: string;
  kind: ChargeKind;
  model: PricingModel;
  addOn: boolean;
  trigger: ChargeTrigger | null;
  meterId: string | null;
  unitId: string | null;
  defaultQuantity: string;
  position: number;
  prices: { currency: string; properties: Prisma.InputJsonValue }[];
};

export type FeatureGrantData = { featureId: string; limit: string | null };

export const insertPlan = (db: Db, data: PlanData & { id: string; createdAt: Date }) =>
  db.plan.create({ data: { ...data, updatedAt: data.createdAt }, select: { id: true } });

export const insertPlanVersion = (db: Db, data: PlanTermsData & { id: string; planId: string; version: number; createdAt: Date }) =>
  db.planVersion.create({ data, select: { id: true } });

export const updatePlanVersionTerms = (db: Db, id: string, data: Partial<PlanTermsData>) => db.planVersion.update({ where: { id }, data, select: { id: true } });

export const insertCharge = (db: Db, versionId: string, id: string, { prices, ...data }: ChargeData, createdAt: Date) =>
  db.planCharge.create({ data: { ...data, id, planVersionId: versionId, createdAt, prices: { create: prices } }, select: { id: true } });

/** Rewrites a charge of an unfrozen version in place (its id, hence its overrides, stay). */
export async function replaceCharge(db: Db, id: string, { prices, ...data }: ChargeData): Promise<void> {
  await db.planChargePrice.deleteMany({ where: { chargeId: id } });
  await db.planCharge.update({ where: { id }, data: { ...data, prices: { create: prices } } });
}

/** Removes charges of an unfrozen version, with their overrides. */
export async function deleteCharges(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.priceOverride.deleteMany({ where: { chargeId: { in: ids } } });
  await db.planCharge.deleteMany({ where: { id: { in: ids } } });
}

export async function replaceFeatureGrants(db: Db, versionId: string, grants: FeatureGrantData[]): Promise<void> {
  await db.planFeature.deleteMany({ where: { planVersionId: versionId } });
  if (grants.length > 0) await db.planFeature.createMany({ data: grants.map((grant) => ({ ...grant, planVersionId: versionId })) });
}

export const setCurrentVersion = (db: Db, planId: string, versionId: string, updatedAt: Date) =>
  db.plan.update({ where: { id: planId }, data: { currentVersionId: versionId, updatedAt }, select: { id: true } });

export const updatePlan = (db: Db, id: string, data: Partial<PlanData> & { updatedAt: Date }) => db.plan.update({ where: { id }, data, select: { id: true } });

export const findPlanById = (db: Db, id: string): Promise<PlanRow | null> => db.plan.findUnique({ where: { id }, select: planSelect });

export const findPlanByCode = (db: Db, code: string): Promise<PlanRow | null> => db.plan.findUnique({ where: { code }, select: planSelect });

/** Locks the plan row until the transaction ends, so concurrent edits and status changes serialize. */
export async function lockPlan(db: Db, id: string): Promise<PlanRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Plan" WHERE "id" = ${id} FOR UPDATE`;
  return findPlanById(db, id);
}

export const listPlanVersions = (db: Db, planId: string): Promise<PlanVersionRow[]> =>
  db.planVersion.findMany({ where: { planId }, orderBy: { version: "desc" }, select: versionSelect });

export const findPlanVersion = (db: Db, planId: string, version: number): Promise<PlanVersionRow | null> =>
  db.planVersion.findUnique({ where: { planId_version: { planId, version } }, select: versionSelect });

export const findPlanVersionById = (db: Db, id: string): Promise<PlanVersionRow | null> => db.planVersion.findUnique({ where: { id }, select: versionSelect });

export type PlanFilters = { q?: string; status?: PlanStatus; productId?: string; currency?: string; metadata?: Record<string, string> };
export type PlanSort = { field: "id" | "code"; direction: "asc" | "desc" };

/** A page of plans; the cursor is the last id seen (for a code sort, that plan's code is the bound). */
export async function listPlans(
  db: Db,
  { limit, startingAfter, filters, sort }: { limit: number; startingAfter?: string; filters: PlanFilters; sort: PlanSort },
): Promise<PlanRow[]> {
  const and: Prisma.PlanWhereInput[] = [];
  if (startingAfter) {
    const bound = sort.field === "id" ? startingAfter : (await db.plan.findUnique({ where: { id: startingAfter }, select: { code: true } }))?.code;
    if (bound !== undefined) and.push({ [sort.field]: sort.direction === "desc" ? { lt: bound } : { gt: bound } });
  }
  if (filters.status) and.push({ status: filters.status });
  if (filters.productId) and.push({ productId: filters.productId });
  if (filters.currency) and.push({ currentVersion: { currencies: { has: filters.currency } } });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) {
    const contains = { contains: filters.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
    and.push({ OR: [{ code: contains }, { name: contains }] });
  }
  return db.plan.findMany({ where: { AND: and }, orderBy: { [sort.field]: sort.direction }, take: limit, select: planSelect });
}

// Catalogue rows plans point at (their own CRUD lives with products, units and features).
export const findProductForPlan = (db: Db, id: string) => db.product.findUnique({ where: { id }, select: { id: true, archivedAt: true } });
export const findUnitsByIds = (db: Db, ids: string[]) => db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, archivedAt: true } });
export const findFeaturesByIds = (db: Db, ids: string[]) =>
  db.feature.findMany({ where: { id: { in: ids } }, select: { id: true, type: true, archivedAt: true } });

/** Whether a subscription references the version (it is then frozen). */
export const countVersionSubscriptions = (db: Db, versionId: string) => db.subscription.count({ where: { planVersionId: versionId } });

/** Drops a charge's overrides in currencies other than `keptCurrencies` (all of them when empty). */
export const pruneOverrides = (db: Db, chargeId: string, keptCurrencies: string[]) =>
  db.priceOverride.deleteMany({ where: { chargeId, currency: { notIn: keptCurrencies } } });

/** Carries a charge's overrides (in `currencies`) over to its copy in a new version. */
export async function copyOverrides(db: Db, fromChargeId: string, toChargeId: string, currencies: string[], newId: () => string, now: Date): Promise<void> {
  const overrides = await db.priceOverride.findMany({
    where: { chargeId: fromChargeId, currency: { in: currencies } },
    select: { customerId: true, customerGroupId: true, currency: true, properties: true },
  });
  if (overrides.length === 0) return;
  await db.priceOverride.createMany({
    data: overrides.map((override) => ({
      ...override,
      properties: override.properties as Prisma.InputJsonValue,
      id: newId(),
      chargeId: toChargeId,
      createdAt: now,
      updatedAt: now,
    })),
  });
}

/** Unarchived products, by name, for the plan form's and filters' product choice. */
export const listProductChoices = (db: Db) =>
  db.product.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, take: 500, select: { id: true, name: true, code: true } });

/** Features by code, for the plan form's grants and the plan page (archived ones flagged). */
export const listFeatureChoices = (db: Db) =>
  db.feature.findMany({ orderBy: { code: "asc" }, take: 1000, select: { id: true, code: true, name: true, type: true, archivedAt: true } });
