// Usage limit and outbound event rows → DTOs.
import type { UsageLimitRow, WebhookEventRow } from "../../db/usage-limits";
import type { UsageLimitAction, UsageLimitDto, WebhookEventDto } from "../../schemas/usage-limit";
import { archivable } from "../catalog/dto";
import { toMetadataDto } from "../metadata";
import { decimalText } from "../plans/dto";
import type { LimitPeriod } from "./limit-period";

export const actionOf = (row: Pick<UsageLimitRow, "action">) => row.action.toLowerCase() as UsageLimitAction;
export const upperAction = (action: UsageLimitAction) => action.toUpperCase() as UsageLimitRow["action"];

/** What a limit measures now: its period and the meter's usage in it by the customer. */
export type LimitMeasure = { now: Date; period: LimitPeriod; usage: string };

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
    threshold: decimalText(row.threshold),
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
