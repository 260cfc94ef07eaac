// Rules shared by the usage limit use cases.
import { findMeterById } from "../../db/meters";
import type { Db } from "../../db/types";
import { lockUsageLimit, type UsageLimitRow } from "../../db/usage-limits";
import { AppError, notFound } from "../../errors";
import type { UsageLimitDto } from "../../schemas/usage-limit";

/** A limit watches an existing, active meter (422 naming `meter_id` otherwise, as plan charges do). */
export async function assertLimitableMeter(db: Db, meterId: string): Promise<void> {
  const meter = await findMeterById(db, meterId);
  if (!meter) throw new AppError("unprocessable", `No meter with id '${meterId}'.`, { param: "meter_id" });
  if (meter.archivedAt) throw new AppError("unprocessable", `The meter '${meter.code}' is archived: it counts no new events, so a limit on it would never be reached.`, { param: "meter_id" });
}

export async function lockLimitOrThrow(db: Db, limitId: string): Promise<UsageLimitRow> {
  const row = await lockUsageLimit(db, limitId);
  if (!row) throw notFound("usage limit", limitId);
  return row;
}

/**
 * A percentage limit being written must have something to be a percentage of now (it may lose it
 * later, with a plan change: it is then never reached until a price includes a quantity again).
 */
export function assertThresholdKnown(limit: UsageLimitDto): UsageLimitDto {
  if (limit.threshold !== null) return limit;
  const where = limit.current_period.source === "subscription" ? `The price of meter '${limit.meter_code}' in subscription ${limit.current_period.subscription_id}` : `No subscription of this customer prices meter '${limit.meter_code}', so nothing`;
  throw new AppError("unprocessable", `${where} includes no quantity (free units or free first tiers) for threshold_percent to be a percentage of; give threshold as a quantity instead.`, {
    param: "threshold_percent",
  });
}
