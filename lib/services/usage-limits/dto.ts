// Usage limit and outbound event rows → DTOs.
import type { UsageLimitRow, WebhookEventRow } from "../../db/usage-limits";
import type { UsageLimitAction, UsageLimitDto, WebhookEventDto } from "../../schemas/usage-limit";
import { archivable } from "../catalog/dto";
import { toMetadataDto } from "../metadata";
import { decimalText } from "../plans/dto";
import { effectiveThreshold } from "../../usage/limit-threshold";
import type { LimitPeriod } from "./limit-period";

export const actionOf = (row: Pick<UsageLimitRow, "action">) => row.action.toLowerCase() as UsageLimitAction;
export const upperAction = (action: UsageLimitAction) => action.toUpperCase() as UsageLimitRow["action"];

/** What a limit measures now: its period, the meter's usage in it by the customer, and the quantity that usage is compared to (null: nothing to reach). */
export type LimitMeasure = { now: Date; period: LimitPeriod; usage: string; threshold: string | null };

const thresholdSpecOf = (row: Pick<UsageLimitRow, "threshold" | "thresholdPercent">) => ({
  threshold: row.threshold === null ? null : row.threshold.toString(),
  thresholdPercent: row.thresholdPercent === null ? null : row.thresholdPercent.toString(),
});

export const measureThreshold = (row: Pick<UsageLimitRow, "threshold" | "thresholdPercent">, period: LimitPeriod) => effectiveThreshold(thresholdSpecOf(row), period.includedQuantity);

/** `crossing`: the crossing of the limit's current revision in its current period, if any. */
export function toUsageLimitDto(row: UsageLimitRow, measure: LimitMeasure, crossing: { detectedAt: Date } | null): UsageLimitDto {
  const reached = crossing !== null && row.archivedAt === null;
  const { status, archived_at, created_at, updated_at } = archivable(row);
  return {
    object: "usage_limit",
    id: row.id,
    customer_id: row.customerId,
    meter_id: row.meterId,
    meter_code: row.meter.code,
    threshold: measure.threshold,
    threshold_percent: row.thresholdPercent === null ? null : decimalText(row.thresholdPercent),
    included_quantity: measure.period.includedQuantity,
    action: actionOf(row),
    name: row.name,
    description: row.description,
    metadata: toMetadataDto(row.metadata),
    current_period: {
      start: measure.period.start.toISOString(),
      end: measure.period.end.toISOString(),
      source: measure.period.source,
      subscription_id: measure.period.subscriptionId,
    },
    current_usage: measure.usage,
    state: reached ? "reached" : "ok",
    reached_at: reached ? crossing.detectedAt.toISOString() : null,
    status,
    archived_at,
    created_at,
    updated_at,
  };
}

export const toWebhookEventDto = (row: WebhookEventRow): WebhookEventDto => ({
  object: "webhook_event",
  id: row.id,
  type: row.type,
  customer_id: row.customerId,
  data: row.data as WebhookEventDto["data"],
  created_at: row.createdAt.toISOString(),
  delivered_at: row.deliveredAt ? row.deliveredAt.toISOString() : null,
});
