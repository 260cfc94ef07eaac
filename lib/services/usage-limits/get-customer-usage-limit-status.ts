// What the entitlements answer says about usage limits: the customer's limits reached now, and
// whether one of them disables it.
import type { Db } from "../../db/types";
import { findReachedLimits } from "../../db/usage-limits";
import type { ReachedUsageLimitDto } from "../../schemas/entitlement";
import { decimalText } from "../plans/dto";
import { Dec } from "../../billing/decimal";

export type UsageLimitStatus = { disabled: boolean; reached: ReachedUsageLimitDto[] };

/** `at`: the customer's time (its test clock's when it has one). */
export async function getCustomerUsageLimitStatus(db: Db, customerId: string, at: Date): Promise<UsageLimitStatus> {
  const rows = await findReachedLimits(db, customerId, at);
  const reached = rows.map(
    (row): ReachedUsageLimitDto => ({
      usage_limit_id: row.limitId,
      name: row.name,
      meter_id: row.meterId,
      meter_code: row.meterCode,
      threshold: decimalText(new Dec(row.threshold)),
      action: row.action === "DISABLE" ? "disable" : "warning",
      quantity: decimalText(new Dec(row.quantity)),
      period_start: row.periodStart.toISOString(),
      period_end: row.periodEnd.toISOString(),
      reached_at: row.detectedAt.toISOString(),
    }),
  );
  return { disabled: reached.some((limit) => limit.action === "disable"), reached };
}
