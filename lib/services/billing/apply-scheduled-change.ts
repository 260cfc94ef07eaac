import "server-only";
import type { Prisma } from "../../db/generated/client";
import { markScheduledChange, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import type { Ctx } from "../context";
import { applyScheduledPlanChange } from "../subscriptions/scheduled-changes";
import { endSubscription } from "./end-subscription";

type ScheduledChangeRow = Prisma.ScheduledChangeGetPayload<object>;

/** Applies a pending scheduled change at its effective time (called by the billing run, in time order). */
export async function applyScheduledChange(tx: Db, ctx: Ctx, subscription: SubscriptionRow, change: ScheduledChangeRow): Promise<void> {
  await markScheduledChange(tx, change.id, "APPLIED", ctx.now);
  switch (change.kind) {
    case "CANCEL": {
      const reason = (change.details as { reason?: string } | null)?.reason ?? null;
      return endSubscription(tx, ctx, subscription, { at: change.effectiveAt, event: "cancel", reason });
    }
    case "PLAN_CHANGE":
      return applyScheduledPlanChange(tx, ctx, subscription, change, change.effectiveAt);
  }
}
