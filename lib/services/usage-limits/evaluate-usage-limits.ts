// Evaluation: a limit whose period usage is at or above its threshold (for a percentage, computed
// from the quantity included in the period) is reached. The first evaluation that finds it records
// the crossing and, in the same transaction, the outbound `usage_limit.reached` event; the
// crossing's key (limit, revision, period start, threshold) makes that happen once per period and
// threshold, whatever the number of evaluations or workers.
import { Dec } from "../../billing/decimal";
import type { Db } from "../../db/types";
import { findCurrentCrossing, insertCrossingOnce, insertWebhookEvent, lockActiveUsageLimits, updateUsageLimit as storeUsageLimit, type UsageLimitRow } from "../../db/usage-limits";
import { createId } from "../../ids";
import type { UsageLimitDto } from "../../schemas/usage-limit";
import { sameQuantity } from "../../usage/limit-threshold";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { toUsageLimitDto } from "./dto";
import { measureLimits } from "./measure-limits";

export const USAGE_LIMIT_REACHED = "usage_limit.reached";

/**
 * Evaluates the given limits (their rows locked by the caller's transaction, or read fresh) and
 * returns each one's DTO after evaluation. Archived limits are measured but never evaluated.
 */
export async function evaluateLimitRows(tx: Db, ctx: Ctx, rows: readonly UsageLimitRow[]): Promise<Map<string, UsageLimitDto>> {
  const measures = await measureLimits(tx, ctx, rows);
  const dtos = new Map<string, UsageLimitDto>();
  for (const row of rows) {
    const measure = measures.get(row.id)!;
    if (row.archivedAt === null && !sameQuantity(measure.threshold, row.evaluatedThreshold)) {
      // A percentage's quantity moved: the reads in SQL (entitlements, the state filter) follow it from now.
      await storeUsageLimit(tx, row.id, { evaluatedThreshold: measure.threshold, updatedAt: row.updatedAt });
    }
    let crossing = await findCurrentCrossing(tx, row, measure.now, measure.threshold);
    if (!crossing && row.archivedAt === null && measure.threshold !== null && new Dec(measure.usage).greaterThanOrEqualTo(measure.threshold)) {
      const reached = { detectedAt: measure.now };
      const snapshot = toUsageLimitDto(row, measure, reached);
      const eventId = createId("webhookEvent");
      const recorded = await insertCrossingOnce(tx, {
        limitId: row.id,
        revision: row.revision,
        periodStart: measure.period.start,
        periodEnd: measure.period.end,
        quantity: measure.usage,
        threshold: measure.threshold,
        action: row.action,
        detectedAt: measure.now,
        eventId,
      });
      if (recorded) {
        await insertWebhookEvent(tx, { id: eventId, type: USAGE_LIMIT_REACHED, data: { object: snapshot }, customerId: row.customerId, createdAt: ctx.now });
        await recordAudit(tx, ctx, {
          action: "usage_limit.reach",
          resourceType: "usage_limit",
          resourceId: row.id,
          details: { event_id: eventId, usage: measure.usage, threshold: snapshot.threshold, action: snapshot.action, period_start: snapshot.current_period.start },
        });
      }
      crossing = await findCurrentCrossing(tx, row, measure.now, measure.threshold);
    }
    dtos.set(row.id, toUsageLimitDto(row, measure, crossing));
  }
  return dtos;
}

/** Locks and evaluates the customer's active limits: concurrent evaluations of one customer take turns. */
export async function evaluateCustomerLimits(tx: Db, ctx: Ctx, customerId: string): Promise<Map<string, UsageLimitDto>> {
  return evaluateLimitRows(tx, ctx, await lockActiveUsageLimits(tx, customerId));
}
