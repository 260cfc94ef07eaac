// Rules shared by the usage limit use cases.
import { findMeterById } from "../../db/meters";
import type { Db } from "../../db/types";
import { lockUsageLimit, type UsageLimitRow } from "../../db/usage-limits";
import { AppError, notFound } from "../../errors";

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
