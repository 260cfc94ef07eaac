// Typed row access for subscriptions, their items, events and coupon redemptions.
import type { Prisma } from "./generated/client";
import { findPlanById, type PlanRow } from "./plans";
import type { BillingAlignment, BillingTiming, ChargeKind, ProrationMode, ScheduledChangeKind, ScheduledChangeStatus, SubscriptionStatus } from "./generated/enums";
import type { Db } from "./types";

const itemSelect = {
  id: true,
  chargeId: true,
  key: true,
  description: true,
  kind: true,
  timing: true,
  quantity: true,
  properties: true,
  activeFrom: true,
  activeUntil: true,
} as const;

/** In plan order; a charge's successive spans in time order. */
const itemOrder: Prisma.SubscriptionItemOrderByWithRelationInput[] = [{ charge: { position: "asc" } }, { activeFrom: "asc" }];

const subscriptionSelect = {
  id: true,
  customerId: true,
  planId: true,
  planVersionId: true,
  status: true,
  pausedFrom: true,
  cancelAtPeriodEnd: true,
  currency: true,
  billingAnchor: true,
  alignment: true,
  timeZone: true,
  prorationMode: true,
  startedAt: true,
  trialEnd: true,
  paymentTermsDays: true,
  nextPeriodIndex: true,
  nextBillingAt: true,
  canceledAt: true,
  cancelReason: true,
  endedAt: true,
  testClockId: true,
  metadata: true,
  createdAt: true,
  updatedAt: true,
  planVersion: { select: { billingInterval: true, intervalCount: true } },
  items: { select: itemSelect, orderBy: itemOrder },
} as const;

export type SubscriptionRow = Prisma.SubscriptionGetPayload<{ select: typeof subscriptionSelect }>;
export type SubscriptionItemRow = Prisma.SubscriptionItemGetPayload<{ select: typeof itemSelect }>;

export type SubscriptionData = {
  id: string;
  customerId: string;
  planId: string;
  planVersionId: string;
  status: SubscriptionStatus;
  currency: string;
  billingAnchor: Date;
  alignment: BillingAlignment;
  timeZone: string;
  prorationMode: ProrationMode;
  startedAt: Date;
  trialEnd: Date | null;
  paymentTermsDays: number | null;
  nextPeriodIndex: number;
  nextBillingAt: Date | null;
  metadata: Record<string, string>;
  testClockId: string | null;
  createdAt: Date;
};

export type SubscriptionItemData = {
  id: string;
  chargeId: string;
  key: string;
  description: string;
  kind: ChargeKind;
  timing: BillingTiming;
  quantity: string;
  properties: Prisma.InputJsonValue;
  activeFrom: Date;
};

export type SubscriptionEventData = {
  id: string;
  subscriptionId: string;
  type: string;
  fromStatus: SubscriptionStatus | null;
  toStatus: SubscriptionStatus | null;
  details?: Prisma.InputJsonValue;
  occurredAt: Date;
  actorLabel: string;
};

/**
 * Reads a plan under a share lock held until commit: subscriptions to it may be created side by side,
 * but a status change or edit (which locks the plan FOR UPDATE) waits, so nobody subscribes to a plan
 * being archived.
 */
export async function findPlanForSubscribing(db: Db, planId: string): Promise<PlanRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Plan" WHERE "id" = ${planId} FOR SHARE`;
  return findPlanById(db, planId);
}

/** Inserts a subscription with its items (one statement each) and returns it as read back. */
export async function insertSubscription(db: Db, data: SubscriptionData, items: SubscriptionItemData[]): Promise<SubscriptionRow> {
  await db.subscription.create({ data: { ...data, updatedAt: data.createdAt }, select: { id: true } });
  await db.subscriptionItem.createMany({ data: items.map((item) => ({ ...item, subscriptionId: data.id, createdAt: data.createdAt })) });
  return db.subscription.findUniqueOrThrow({ where: { id: data.id }, select: subscriptionSelect });
}

export const insertSubscriptionEvent = (db: Db, data: SubscriptionEventData) => db.subscriptionEvent.create({ data, select: { id: true } });

export const insertSubscriptionEvents = (db: Db, data: readonly SubscriptionEventData[]) =>
  data.length > 0 ? db.subscriptionEvent.createMany({ data: [...data] }) : Promise.resolve({ count: 0 });

export const findSubscriptionById = (db: Db, id: string): Promise<SubscriptionRow | null> =>
  db.subscription.findUnique({ where: { id }, select: subscriptionSelect });

export type SubscriptionFilters = {
  customerId?: string;
  planId?: string;
  status?: SubscriptionStatus;
  metadata?: Record<string, string>;
  /** Case-insensitive, in the customer's name, email or external reference, or the subscription id. */
  q?: string;
  /** Renewal (next billing) on or after / before these instants. */
  renewsFrom?: Date;
  renewsBefore?: Date;
};
export type SubscriptionOrder = { field: "startedAt" | "nextBillingAt"; direction: "asc" | "desc" };

function filterConditions(filters: SubscriptionFilters): Prisma.SubscriptionWhereInput[] {
  const and: Prisma.SubscriptionWhereInput[] = [];
  if (filters.customerId) and.push({ customerId: filters.customerId });
  if (filters.planId) and.push({ planId: filters.planId });
  if (filters.status) and.push({ status: filters.status });
  if (filters.renewsFrom) and.push({ nextBillingAt: { gte: filters.renewsFrom } });
  if (filters.renewsBefore) and.push({ nextBillingAt: { lt: filters.renewsBefore } });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) {
    // Prisma passes `contains` to ILIKE unescaped: match %, _ and \ literally.
    const contains = { contains: filters.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
    and.push({ OR: [{ id: filters.q }, { customer: { name: contains } }, { customer: { email: contains } }, { customer: { externalRef: contains } }] });
  }
  return and;
}

/**
 * Without an order: newest first, the cursor being the last id seen (ids are time-ordered). With an
 * order: keyset pagination on (field, id); subscriptions without a next billing date come last.
 */
export function listSubscriptions(
  db: Db,
  { limit, startingAfter, order, after, filters }: { limit: number; startingAfter?: string; order?: SubscriptionOrder; after?: { key: Date | null; id: string }; filters: SubscriptionFilters },
): Promise<SubscriptionRow[]> {
  const and = filterConditions(filters);
  if (!order && startingAfter) and.push({ id: { lt: startingAfter } });
  // Only the next billing date can be missing (ended subscriptions): those rows sort last.
  const nullable = order?.field === "nextBillingAt";
  if (order && after) {
    const beyond = order.direction === "asc" ? "gt" : "lt";
    const afterKey: Prisma.SubscriptionWhereInput[] = [{ [order.field]: { [beyond]: after.key } }, { [order.field]: after.key, id: { [beyond]: after.id } }];
    and.push(after.key === null ? { [order.field]: null, id: { [beyond]: after.id } } : { OR: nullable ? [...afterKey, { [order.field]: null }] : afterKey });
  }
  return db.subscription.findMany({
    where: { AND: and },
    orderBy: order ? [{ [order.field]: nullable ? { sort: order.direction, nulls: "last" } : order.direction }, { id: order.direction }] : [{ id: "desc" }],
    take: limit,
    select: subscriptionSelect,
  });
}

/** The coupons redeemed for each of these subscriptions, oldest first. */
export async function listRedemptionsOfSubscriptions(db: Db, subscriptionIds: readonly string[]): Promise<Map<string, { couponId: string; redeemedAt: Date }[]>> {
  const rows = await db.couponRedemption.findMany({
    where: { subscriptionId: { in: [...subscriptionIds] } },
    orderBy: [{ redeemedAt: "asc" }, { id: "asc" }],
    select: { subscriptionId: true, couponId: true, redeemedAt: true },
  });
  const bySubscription = new Map<string, { couponId: string; redeemedAt: Date }[]>();
  for (const { subscriptionId, couponId, redeemedAt } of rows) {
    if (subscriptionId) bySubscription.set(subscriptionId, [...(bySubscription.get(subscriptionId) ?? []), { couponId, redeemedAt }]);
  }
  return bySubscription;
}

export const findSubscriptionsByIds = (db: Db, ids: readonly string[]): Promise<SubscriptionRow[]> =>
  db.subscription.findMany({ where: { id: { in: [...ids] } }, select: subscriptionSelect, orderBy: { id: "asc" } });

// ─── Lifecycle changes (lib/services/subscriptions/*) ───────────────────────────

/** Locks the subscription row until commit (every lifecycle change runs under it), then reads it. */
export async function lockSubscription(db: Db, id: string): Promise<SubscriptionRow | null> {
  await db.$queryRaw`SELECT 1 FROM "Subscription" WHERE "id" = ${id} FOR UPDATE`;
  return findSubscriptionById(db, id);
}

export type SubscriptionStateData = Partial<{
  status: SubscriptionStatus;
  pausedFrom: SubscriptionStatus | null;
  cancelAtPeriodEnd: boolean;
  planId: string;
  planVersionId: string;
  canceledAt: Date | null;
  cancelReason: string | null;
  endedAt: Date | null;
  nextBillingAt: Date | null;
}>;

export const updateSubscription = (db: Db, id: string, data: SubscriptionStateData & { updatedAt: Date }) =>
  db.subscription.update({ where: { id }, data, select: { id: true } });

/** Ends a subscription's open items at `at`; an item that had not started yet closes empty, at its own start. */
export const closeOpenItems = (db: Db, subscriptionId: string, at: Date) => db.$executeRaw`
  UPDATE "SubscriptionItem" SET "activeUntil" = GREATEST("activeFrom", ${at})
  WHERE "subscriptionId" = ${subscriptionId} AND ("activeUntil" IS NULL OR "activeUntil" > ${at})`;

export const cancelPendingScheduledChanges = (db: Db, subscriptionId: string, updatedAt: Date) =>
  db.scheduledChange.updateMany({ where: { subscriptionId, status: "PENDING" }, data: { status: "CANCELED", updatedAt } });

/** Closes items (end exclusive); an item is never edited otherwise. */
export const closeSubscriptionItems = (db: Db, itemIds: string[], at: Date) =>
  db.subscriptionItem.updateMany({ where: { id: { in: itemIds }, activeUntil: null }, data: { activeUntil: at } });

export const insertSubscriptionItems = (db: Db, subscriptionId: string, items: SubscriptionItemData[], createdAt: Date) =>
  db.subscriptionItem.createMany({ data: items.map((item) => ({ ...item, subscriptionId, createdAt })) });

const eventSelect = { id: true, type: true, fromStatus: true, toStatus: true, details: true, occurredAt: true, actorLabel: true } as const;
export type SubscriptionEventRow = Prisma.SubscriptionEventGetPayload<{ select: typeof eventSelect }>;

/** Newest first (ids are time-ordered); the cursor is the last id seen. */
export const listSubscriptionEvents = (db: Db, subscriptionId: string, { limit, startingAfter, types }: { limit?: number; startingAfter?: string; types?: string[] }) =>
  db.subscriptionEvent.findMany({
    where: { subscriptionId, ...(startingAfter ? { id: { lt: startingAfter } } : {}), ...(types ? { type: { in: types } } : {}) },
    orderBy: { id: "desc" },
    take: limit,
    select: eventSelect,
  });

const scheduledChangeSelect = { id: true, subscriptionId: true, kind: true, status: true, effectiveAt: true, details: true, createdAt: true, updatedAt: true } as const;
export type ScheduledChangeRow = Prisma.ScheduledChangeGetPayload<{ select: typeof scheduledChangeSelect }>;

export const insertScheduledChange = (
  db: Db,
  data: { id: string; subscriptionId: string; kind: ScheduledChangeKind; effectiveAt: Date; details: Prisma.InputJsonValue; createdAt: Date },
) => db.scheduledChange.create({ data: { ...data, updatedAt: data.createdAt }, select: scheduledChangeSelect });

/** Newest first. */
export const listScheduledChanges = (db: Db, subscriptionId: string, filters: { status?: ScheduledChangeStatus; kind?: ScheduledChangeKind } = {}) =>
  db.scheduledChange.findMany({ where: { subscriptionId, ...filters }, orderBy: { id: "desc" }, select: scheduledChangeSelect });

export const findScheduledChange = (db: Db, subscriptionId: string, id: string) =>
  db.scheduledChange.findFirst({ where: { id, subscriptionId }, select: scheduledChangeSelect });

export const setScheduledChangeStatus = (db: Db, ids: string[], status: ScheduledChangeStatus, updatedAt: Date) =>
  db.scheduledChange.updateMany({ where: { id: { in: ids }, status: "PENDING" }, data: { status, updatedAt } });

/** Names to show beside ids in the console (a page of subscriptions at a time). */
export async function findNames(db: Db, { customerIds, planIds }: { customerIds: string[]; planIds: string[] }) {
  const [customers, plans] = await Promise.all([
    db.customer.findMany({ where: { id: { in: customerIds } }, select: { id: true, name: true } }),
    db.plan.findMany({ where: { id: { in: planIds } }, select: { id: true, name: true, code: true } }),
  ]);
  return { customers, plans };
}

/** Sets one scheduled change's status whatever it was (the billing run marks a change applied before applying it). */
export const markScheduledChange = (db: Db, id: string, status: ScheduledChangeStatus, updatedAt: Date) =>
  db.scheduledChange.update({ where: { id }, data: { status, updatedAt }, select: { id: true } });
