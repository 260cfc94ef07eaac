import type { CodeSort } from "../schemas/list-query";
import { afterCursor, codeOrderBy } from "./code-order";
import type { Prisma } from "./generated/client";
import type { CouponDuration, DiscountType } from "./generated/enums";
import type { Db } from "./types";

const couponSelect = {
  id: true,
  code: true,
  name: true,
  discountType: true,
  percentOff: true,
  duration: true,
  durationPeriods: true,
  maxRedemptions: true,
  maxRedemptionsPerCustomer: true,
  expiresAt: true,
  planIds: true,
  metadata: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  amounts: { select: { currency: true, amountMinor: true }, orderBy: { currency: "asc" } },
  _count: { select: { redemptions: true } },
} as const satisfies Prisma.CouponSelect;

export type CouponRow = Prisma.CouponGetPayload<{ select: typeof couponSelect }>;

/** The writable columns; `amounts` replaces the per-currency amounts when given. */
export type CouponData = {
  name: string;
  discountType: DiscountType;
  percentOff: string | null;
  duration: CouponDuration;
  durationPeriods: number | null;
  maxRedemptions: number | null;
  maxRedemptionsPerCustomer: number | null;
  expiresAt: Date | null;
  planIds: string[];
  metadata: Record<string, string>;
  archivedAt: Date | null;
};

export type CouponAmountData = { currency: string; amountMinor: bigint };

export const insertCoupon = (db: Db, data: CouponData & { id: string; code: string; createdAt: Date; amounts: CouponAmountData[] }): Promise<CouponRow> =>
  db.coupon.create({
    data: { ...data, updatedAt: data.createdAt, amounts: { create: data.amounts } },
    select: couponSelect,
  });

export const findCouponById = (db: Db, id: string): Promise<CouponRow | null> => db.coupon.findUnique({ where: { id }, select: couponSelect });

export const findCouponsByIds = (db: Db, ids: readonly string[]): Promise<CouponRow[]> => db.coupon.findMany({ where: { id: { in: [...ids] } }, select: couponSelect });

export const findCouponByCode = (db: Db, code: string): Promise<CouponRow | null> => db.coupon.findUnique({ where: { code }, select: couponSelect });

/** Locks the coupon until the transaction ends: redemptions of one coupon (through any code) then count and insert one at a time. */
export async function lockCoupon(db: Db, id: string): Promise<CouponRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Coupon" WHERE "id" = ${id} FOR UPDATE`;
  return findCouponById(db, id);
}

export const updateCoupon = (db: Db, id: string, data: Partial<CouponData> & { updatedAt: Date; amounts?: CouponAmountData[] }): Promise<CouponRow> => {
  const { amounts, ...columns } = data;
  return db.coupon.update({
    where: { id },
    data: { ...columns, ...(amounts ? { amounts: { deleteMany: {}, create: amounts } } : {}) },
    select: couponSelect,
  });
};

export type CouponFilters = {
  sort?: CodeSort;
  q?: string;
  status?: "active" | "expired" | "archived";
  /** Every pair must match (JSON containment on metadata). */
  metadata?: Record<string, string>;
};

/** Prisma passes `contains` to ILIKE unescaped: match %, _ and \ literally. */
export const containsInsensitive = (q: string) => ({ contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const });

/** In `filters.sort` order (default newest first); the cursor is the last id seen. `now` decides what has expired. */
export const listCoupons = async (
  db: Db,
  { limit, startingAfter, filters, now }: { limit: number; startingAfter?: string; filters: CouponFilters; now: Date },
): Promise<CouponRow[]> => {
  const sort = filters.sort ?? "-created_at";
  const and: Prisma.CouponWhereInput[] = [];
  if (startingAfter) {
    const cursor = await db.coupon.findUnique({ where: { id: startingAfter }, select: { id: true, code: true } });
    and.push(afterCursor(sort, cursor ?? { id: startingAfter, code: "" }) ?? {});
  }
  if (filters.status === "archived") and.push({ archivedAt: { not: null } });
  if (filters.status === "expired") and.push({ archivedAt: null, expiresAt: { lte: now } });
  if (filters.status === "active") and.push({ archivedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) and.push({ OR: [{ code: containsInsensitive(filters.q) }, { name: containsInsensitive(filters.q) }] });
  return db.coupon.findMany({ where: { AND: and }, orderBy: codeOrderBy(sort), take: limit, select: couponSelect });
};

// ─── Code namespace (coupon codes and discount codes share it) ───────────────

/**
 * Serializes writers of codes until the transaction ends. Each table has its own unique index,
 * but a code must also be unique across both tables, which no index can express.
 */
export async function lockCodeNamespace(db: Db): Promise<void> {
  await db.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('billow.coupon_codes'))::text`;
}

/** The codes among `codes` already used by a coupon or a discount code. */
export async function findTakenCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let start = 0; start < codes.length; start += CHUNK) {
    const chunk = codes.slice(start, start + CHUNK);
    const [coupons, discountCodes] = await Promise.all([
      db.coupon.findMany({ where: { code: { in: chunk } }, select: { code: true } }),
      db.discountCode.findMany({ where: { code: { in: chunk } }, select: { code: true } }),
    ]);
    for (const row of [...coupons, ...discountCodes]) taken.add(row.code);
  }
  return taken;
}

const CHUNK = 1000;

// ─── Discount codes ──────────────────────────────────────────────────────────

const discountCodeSelect = {
  id: true,
  couponId: true,
  code: true,
  maxRedemptions: true,
  expiresAt: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { redemptions: true } },
} as const satisfies Prisma.DiscountCodeSelect;

export type DiscountCodeRow = Prisma.DiscountCodeGetPayload<{ select: typeof discountCodeSelect }>;

export type DiscountCodeData = { id: string; couponId: string; code: string; maxRedemptions: number | null; expiresAt: Date | null; createdAt: Date };

export async function insertDiscountCodes(db: Db, rows: readonly DiscountCodeData[]): Promise<number> {
  let count = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    count += (await db.discountCode.createMany({ data: rows.slice(start, start + CHUNK) })).count;
  }
  return count;
}

export const findDiscountCodeByCode = (db: Db, code: string): Promise<DiscountCodeRow | null> =>
  db.discountCode.findUnique({ where: { code }, select: discountCodeSelect });

/** Scoped by coupon: another coupon's code is not found. */
export const findDiscountCode = (db: Db, couponId: string, id: string): Promise<DiscountCodeRow | null> =>
  db.discountCode.findFirst({ where: { id, couponId }, select: discountCodeSelect });

export const archiveDiscountCode = (db: Db, id: string, archivedAt: Date): Promise<DiscountCodeRow> =>
  db.discountCode.update({ where: { id }, data: { archivedAt }, select: discountCodeSelect });

/** Newest first (codes of one batch share a millisecond: the random id part orders them). */
export const listDiscountCodes = (
  db: Db,
  { couponId, limit, startingAfter, redeemed }: { couponId: string; limit: number; startingAfter?: string; redeemed?: boolean },
): Promise<DiscountCodeRow[]> => {
  const and: Prisma.DiscountCodeWhereInput[] = [{ couponId }];
  if (startingAfter) and.push({ id: { lt: startingAfter } });
  if (redeemed === true) and.push({ redemptions: { some: {} } });
  if (redeemed === false) and.push({ redemptions: { none: {} } });
  return db.discountCode.findMany({ where: { AND: and }, orderBy: { id: "desc" }, take: limit, select: discountCodeSelect });
};

// ─── Redemptions ─────────────────────────────────────────────────────────────

const redemptionSelect = {
  id: true,
  couponId: true,
  discountCodeId: true,
  customerId: true,
  subscriptionId: true,
  redeemedAt: true,
  coupon: { select: { code: true } },
  discountCode: { select: { code: true } },
  customer: { select: { name: true } },
} as const satisfies Prisma.CouponRedemptionSelect;

export type CouponRedemptionRow = Prisma.CouponRedemptionGetPayload<{ select: typeof redemptionSelect }>;

export const insertCouponRedemption = (
  db: Db,
  data: { id: string; couponId: string; discountCodeId: string | null; customerId: string; subscriptionId: string | null; redeemedAt: Date },
): Promise<CouponRedemptionRow> => db.couponRedemption.create({ data, select: redemptionSelect });

export const countCouponRedemptions = (db: Db, where: { couponId: string; customerId?: string; discountCodeId?: string }): Promise<number> =>
  db.couponRedemption.count({ where });

export const listCouponRedemptions = (
  db: Db,
  { couponId, limit, startingAfter }: { couponId: string; limit: number; startingAfter?: string },
): Promise<CouponRedemptionRow[]> =>
  db.couponRedemption.findMany({
    where: { couponId, ...(startingAfter ? { id: { lt: startingAfter } } : {}) },
    orderBy: { id: "desc" },
    take: limit,
    select: redemptionSelect,
  });

// ─── References checked by coupons ───────────────────────────────────────────

/** The ids among `ids` that are plans. */
export const findPlanIds = async (db: Db, ids: readonly string[]): Promise<Set<string>> =>
  new Set((await db.plan.findMany({ where: { id: { in: [...ids] } }, select: { id: true } })).map((plan) => plan.id));

export const findSubscriptionCustomer = (db: Db, id: string): Promise<{ customerId: string } | null> =>
  db.subscription.findUnique({ where: { id }, select: { customerId: true } });
