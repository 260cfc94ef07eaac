// Typed row access for subscriptions, their items, events and coupon redemptions.
import type { Prisma } from "./generated/client";
import { findPlanById, type PlanRow } from "./plans";
import type { BillingAlignment, BillingTiming, ChargeKind, ProrationMode, SubscriptionStatus } from "./generated/enums";
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
  items: { select: itemSelect, orderBy: { charge: { position: "asc" } } },
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

export type SubscriptionFilters = { customerId?: string; planId?: string; status?: SubscriptionStatus; metadata?: Record<string, string> };

/** Newest first (ids are time-ordered); the cursor is the last id seen. */
export const listSubscriptions = (db: Db, { limit, startingAfter, filters }: { limit: number; startingAfter?: string; filters: SubscriptionFilters }): Promise<SubscriptionRow[]> =>
  db.subscription.findMany({
    where: {
      ...(filters.customerId ? { customerId: filters.customerId } : {}),
      ...(filters.planId ? { planId: filters.planId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(startingAfter ? { id: { lt: startingAfter } } : {}),
      AND: Object.entries(filters.metadata ?? {}).map(([key, value]) => ({ metadata: { path: [key], equals: value } })),
    },
    orderBy: { id: "desc" },
    take: limit,
    select: subscriptionSelect,
  });

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
