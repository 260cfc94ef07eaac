import type { SubscriptionStatus } from "./generated/enums";
import type { Db } from "./types";

/** The feature grants of the plan versions a customer's subscriptions (in `statuses`) are on. */
export const listCustomerFeatureGrants = (db: Db, customerId: string, statuses: SubscriptionStatus[]) =>
  db.planFeature.findMany({
    where: { planVersion: { subscriptions: { some: { customerId, status: { in: statuses } } } } },
    select: { limit: true, feature: { select: { id: true, code: true, name: true, type: true } } },
  });
