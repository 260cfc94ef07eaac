// Subscription rows → API DTOs, and → the pure engine's billing cycle and items (lib/billing).
import type { SubscriptionItem } from "../../billing/invoicing";
import type { BillingCycle } from "../../billing/periods";
import type { ScheduledChangeRow, SubscriptionEventRow, SubscriptionItemRow, SubscriptionRow } from "../../db/subscriptions";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import type { ScheduledChangeDto, SubscriptionDto, SubscriptionEventDto, SubscriptionItemDto } from "../../schemas/subscription";
import { toMetadataDto } from "../metadata";
import { decimalText } from "../plans/dto";
import { toChargeDefinition, toPropertiesDto, type StoredProperties } from "../pricing/charge-properties";

const lower = <T extends string>(value: string) => value.toLowerCase() as T;

export function toSubscriptionItemDto(item: SubscriptionItemRow): SubscriptionItemDto {
  const properties = item.properties as StoredProperties;
  return {
    object: "subscription_item",
    id: item.id,
    charge_id: item.chargeId,
    key: item.key,
    description: item.description,
    kind: lower(item.kind),
    timing: lower(item.timing),
    quantity: decimalText(item.quantity),
    price: { model: properties.model, ...toPropertiesDto(properties) },
    active_from: isoDate(item.activeFrom),
    active_until: isoDateOrNull(item.activeUntil),
  };
}

export function toSubscriptionDto(row: SubscriptionRow): SubscriptionDto {
  return {
    object: "subscription",
    id: row.id,
    customer_id: row.customerId,
    plan_id: row.planId,
    plan_version_id: row.planVersionId,
    status: lower(row.status),
    paused_from: row.pausedFrom ? lower<SubscriptionDto["status"]>(row.pausedFrom) : null,
    cancel_at_period_end: row.cancelAtPeriodEnd,
    currency: row.currency,
    billing_anchor: isoDate(row.billingAnchor),
    billing_alignment: lower(row.alignment),
    time_zone: row.timeZone,
    proration_mode: lower(row.prorationMode),
    started_at: isoDate(row.startedAt),
    trial_end: isoDateOrNull(row.trialEnd),
    payment_terms_days: row.paymentTermsDays,
    next_period_index: row.nextPeriodIndex,
    next_billing_at: isoDateOrNull(row.nextBillingAt),
    canceled_at: isoDateOrNull(row.canceledAt),
    cancel_reason: row.cancelReason,
    ended_at: isoDateOrNull(row.endedAt),
    test_clock_id: row.testClockId,
    items: row.items.map(toSubscriptionItemDto),
    metadata: toMetadataDto(row.metadata),
    created_at: isoDate(row.createdAt),
    updated_at: isoDate(row.updatedAt),
  };
}

export function billingCycleOf(row: Pick<SubscriptionRow, "planVersion" | "timeZone" | "alignment" | "billingAnchor">): BillingCycle {
  return {
    interval: lower(row.planVersion.billingInterval),
    intervalCount: row.planVersion.intervalCount,
    timeZone: row.timeZone,
    alignment: lower(row.alignment),
    anchor: row.billingAnchor,
  };
}

export function toEngineItem(item: SubscriptionItemRow, currency: string): SubscriptionItem {
  return {
    key: item.key,
    description: item.description,
    charge: toChargeDefinition(item.properties as StoredProperties, currency),
    kind: lower(item.kind),
    timing: lower(item.timing),
    quantity: decimalText(item.quantity),
    activeFrom: item.activeFrom,
    activeUntil: item.activeUntil,
  };
}

export function toSubscriptionEventDto(subscriptionId: string, row: SubscriptionEventRow): SubscriptionEventDto {
  return {
    object: "subscription_event",
    id: row.id,
    subscription_id: subscriptionId,
    type: row.type,
    from_status: row.fromStatus ? lower<SubscriptionDto["status"]>(row.fromStatus) : null,
    to_status: row.toStatus ? lower<SubscriptionDto["status"]>(row.toStatus) : null,
    details: (row.details ?? {}) as Record<string, unknown>,
    occurred_at: isoDate(row.occurredAt),
    actor: row.actorLabel,
  };
}

export function toScheduledChangeDto(row: ScheduledChangeRow): ScheduledChangeDto {
  return {
    object: "scheduled_change",
    id: row.id,
    subscription_id: row.subscriptionId,
    kind: lower(row.kind),
    status: lower(row.status),
    effective_at: isoDate(row.effectiveAt),
    details: row.details as Record<string, unknown>,
    created_at: isoDate(row.createdAt),
    updated_at: isoDate(row.updatedAt),
  };
}
