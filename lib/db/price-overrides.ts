import type { Prisma } from "./generated/client";
import type { Db } from "./types";

const overrideSelect = {
  id: true,
  chargeId: true,
  customerId: true,
  customerGroupId: true,
  currency: true,
  properties: true,
  createdAt: true,
  updatedAt: true,
  charge: { select: { key: true, model: true, planVersion: { select: { planId: true, version: true, currencies: true } } } },
} as const;

export type PriceOverrideRow = Prisma.PriceOverrideGetPayload<{ select: typeof overrideSelect }>;

export const insertPriceOverride = (
  db: Db,
  data: { id: string; chargeId: string; customerId: string | null; customerGroupId: string | null; currency: string; properties: Prisma.InputJsonValue; createdAt: Date },
): Promise<PriceOverrideRow> => db.priceOverride.create({ data: { ...data, updatedAt: data.createdAt }, select: overrideSelect });

export const findPriceOverrideById = (db: Db, id: string): Promise<PriceOverrideRow | null> =>
  db.priceOverride.findUnique({ where: { id }, select: overrideSelect });

export const updatePriceOverrideProperties = (db: Db, id: string, properties: Prisma.InputJsonValue, updatedAt: Date): Promise<PriceOverrideRow> =>
  db.priceOverride.update({ where: { id }, data: { properties, updatedAt }, select: overrideSelect });

export const deletePriceOverride = (db: Db, id: string) => db.priceOverride.deleteMany({ where: { id } }).then((result) => result.count);

export const listPriceOverrides = (
  db: Db,
  { limit, startingAfter, filters }: { limit: number; startingAfter?: string; filters: { planId?: string; chargeId?: string; customerId?: string; customerGroupId?: string } },
): Promise<PriceOverrideRow[]> =>
  db.priceOverride.findMany({
    where: {
      ...(startingAfter ? { id: { lt: startingAfter } } : {}),
      ...(filters.planId ? { charge: { planVersion: { planId: filters.planId } } } : {}),
      ...(filters.chargeId ? { chargeId: filters.chargeId } : {}),
      ...(filters.customerId ? { customerId: filters.customerId } : {}),
      ...(filters.customerGroupId ? { customerGroupId: filters.customerGroupId } : {}),
    },
    orderBy: { id: "desc" },
    take: limit,
    select: overrideSelect,
  });

export const findChargeForPricing = (db: Db, id: string) =>
  db.planCharge.findUnique({ where: { id }, select: { id: true, model: true, planVersion: { select: { currencies: true } } } });

export const findCustomerGroupRef = (db: Db, id: string) => db.customerGroup.findUnique({ where: { id }, select: { id: true } });
export const findCustomerGroupOf = (db: Db, customerId: string) =>
  db.customer.findUnique({ where: { id: customerId }, select: { id: true, groupId: true } });

/** The candidate prices of a charge in a currency: the list price and the overrides for a customer and its group. */
export async function findChargePriceCandidates(db: Db, { chargeId, currency, customerId, groupId }: { chargeId: string; currency: string; customerId: string | null; groupId: string | null }) {
  const [listPrice, overrides] = await Promise.all([
    db.planChargePrice.findUnique({ where: { chargeId_currency: { chargeId, currency } }, select: { properties: true } }),
    customerId || groupId
      ? db.priceOverride.findMany({
          where: {
            chargeId,
            currency,
            OR: [...(customerId ? [{ customerId }] : []), ...(groupId ? [{ customerGroupId: groupId }] : [])],
          },
          select: { id: true, customerId: true, customerGroupId: true, properties: true },
        })
      : Promise.resolve([]),
  ]);
  return { listPrice, overrides };
}
