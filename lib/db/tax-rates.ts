import type { CodeSort } from "../schemas/list-query";
import { afterCursor, codeOrderBy } from "./code-order";
import { containsInsensitive } from "./coupons";
import type { Prisma } from "./generated/client";
import type { Db } from "./types";

const taxRateSelect = {
  id: true,
  code: true,
  name: true,
  percentage: true,
  inclusive: true,
  country: true,
  region: true,
  appliesByDefault: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.TaxRateSelect;

export type TaxRateRow = Prisma.TaxRateGetPayload<{ select: typeof taxRateSelect }>;

export type TaxRateData = {
  name: string;
  country: string | null;
  region: string | null;
  appliesByDefault: boolean;
  archivedAt: Date | null;
};

export const insertTaxRate = (
  db: Db,
  data: TaxRateData & { id: string; code: string; percentage: string; inclusive: boolean; createdAt: Date },
): Promise<TaxRateRow> => db.taxRate.create({ data: { ...data, updatedAt: data.createdAt }, select: taxRateSelect });

export const findTaxRateById = (db: Db, id: string): Promise<TaxRateRow | null> => db.taxRate.findUnique({ where: { id }, select: taxRateSelect });

export const findTaxRateByCode = (db: Db, code: string): Promise<TaxRateRow | null> => db.taxRate.findUnique({ where: { code }, select: taxRateSelect });

export const findTaxRatesByIds = (db: Db, ids: readonly string[]): Promise<TaxRateRow[]> =>
  db.taxRate.findMany({ where: { id: { in: [...ids] } }, select: taxRateSelect });

export async function lockTaxRate(db: Db, id: string): Promise<TaxRateRow | null> {
  await db.$queryRaw`SELECT 1 FROM "TaxRate" WHERE "id" = ${id} FOR UPDATE`;
  return findTaxRateById(db, id);
}

export const updateTaxRate = (db: Db, id: string, data: Partial<TaxRateData> & { updatedAt: Date }): Promise<TaxRateRow> =>
  db.taxRate.update({ where: { id }, data, select: taxRateSelect });

export type TaxRateFilters = { sort?: CodeSort; q?: string; country?: string; inclusive?: boolean; status?: "active" | "archived" };

/** In `filters.sort` order (default newest first); the cursor is the last id seen. */
export const listTaxRates = async (
  db: Db,
  { limit, startingAfter, filters }: { limit: number; startingAfter?: string; filters: TaxRateFilters },
): Promise<TaxRateRow[]> => {
  const sort = filters.sort ?? "-created_at";
  const and: Prisma.TaxRateWhereInput[] = [];
  if (startingAfter) {
    const cursor = await db.taxRate.findUnique({ where: { id: startingAfter }, select: { id: true, code: true } });
    and.push(afterCursor(sort, cursor ?? { id: startingAfter, code: "" }) ?? {});
  }
  if (filters.country) and.push({ country: filters.country });
  if (filters.inclusive !== undefined) and.push({ inclusive: filters.inclusive });
  if (filters.status) and.push({ archivedAt: filters.status === "archived" ? { not: null } : null });
  if (filters.q) and.push({ OR: [{ code: containsInsensitive(filters.q) }, { name: containsInsensitive(filters.q) }] });
  return db.taxRate.findMany({ where: { AND: and }, orderBy: codeOrderBy(sort), take: limit, select: taxRateSelect });
};

/** A customer's own rates, in the order of their codes. */
export const listCustomerTaxRates = async (db: Db, customerId: string): Promise<TaxRateRow[]> => (await listTaxRatesOfCustomers(db, [customerId])).get(customerId) ?? [];

export async function replaceCustomerTaxRates(db: Db, customerId: string, taxRateIds: readonly string[]): Promise<void> {
  await db.customerTaxRate.deleteMany({ where: { customerId } });
  if (taxRateIds.length > 0) await db.customerTaxRate.createMany({ data: taxRateIds.map((taxRateId) => ({ customerId, taxRateId })) });
}

/** Active default rates for a place: rates of any country, of this country, and of its region when the rate names one. */
export const listDefaultTaxRates = (db: Db, place: { country?: string; region?: string }): Promise<TaxRateRow[]> =>
  db.taxRate.findMany({
    where: {
      appliesByDefault: true,
      archivedAt: null,
      OR: [
        { country: null },
        ...(place.country
          ? [
              {
                country: place.country,
                OR: [{ region: null }, ...(place.region ? [{ region: { equals: place.region, mode: "insensitive" as const } }] : [])],
              },
            ]
          : []),
      ],
    },
    orderBy: { code: "asc" },
    select: taxRateSelect,
  });

/** What tax resolution needs to know about a customer. */
export const findCustomerTaxProfiles = (db: Db, customerIds: readonly string[]) =>
  db.customer.findMany({
    where: { id: { in: [...customerIds] } },
    select: { id: true, status: true, taxExempt: true, reverseCharge: true, billingAddress: true },
  });

/** Each customer's own tax rates (by code), for many customers at once. */
export async function listTaxRatesOfCustomers(db: Db, customerIds: readonly string[]): Promise<Map<string, TaxRateRow[]>> {
  const links = await db.customerTaxRate.findMany({
    where: { customerId: { in: [...customerIds] } },
    select: { customerId: true, taxRate: { select: taxRateSelect } },
    orderBy: { taxRate: { code: "asc" } },
  });
  const byCustomer = new Map<string, TaxRateRow[]>();
  for (const link of links) byCustomer.set(link.customerId, [...(byCustomer.get(link.customerId) ?? []), link.taxRate]);
  return byCustomer;
}
