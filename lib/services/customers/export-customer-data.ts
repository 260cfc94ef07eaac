import "server-only";
import { listAuditLogsForResource } from "../../db/audit-log";
import { prisma } from "../../db/client";
import { findCustomerById, findCustomerRecords, listCustomerContacts } from "../../db/customers";
import { notFound } from "../../errors";
import { isoDate } from "../../schemas/common";
import type { CustomerExportDto } from "../../schemas/customer";
import { toAuditLogDto } from "../audit/dto";
import type { Ctx } from "../context";
import { toCustomerContactDto, toCustomerDto } from "./dto";

/** Everything stored about one customer, as JSON (the answer to a data subject access request). */
export async function exportCustomerData(ctx: Ctx, customerId: string): Promise<CustomerExportDto> {
  const db = prisma();
  const customer = await findCustomerById(db, customerId);
  if (!customer) throw notFound("customer", customerId);
  const contacts = await listCustomerContacts(db, customer.id);
  const records = await findCustomerRecords(db, customer.id);
  const audit = await listAuditLogsForResource(db, "customer", customer.id);
  return {
    object: "customer_export",
    exported_at: isoDate(ctx.now),
    customer: toCustomerDto(customer),
    contacts: contacts.map(toCustomerContactDto),
    tax_rates: records.taxRates.map((rate) => ({
      id: rate.id,
      code: rate.code,
      name: rate.name,
      percentage: rate.percentage.toFixed(6),
      inclusive: rate.inclusive,
      country: rate.country,
      region: rate.region,
    })),
    price_overrides: records.priceOverrides.map((override) => ({
      id: override.id,
      charge_id: override.chargeId,
      currency: override.currency,
      properties: override.properties,
      created_at: isoDate(override.createdAt),
      updated_at: isoDate(override.updatedAt),
    })),
    subscriptions: records.subscriptions.map((subscription) => ({
      id: subscription.id,
      plan_id: subscription.planId,
      plan_version_id: subscription.planVersionId,
      status: subscription.status.toLowerCase(),
      currency: subscription.currency,
      created_at: isoDate(subscription.createdAt),
      updated_at: isoDate(subscription.updatedAt),
    })),
    coupon_redemptions: records.couponRedemptions.map((redemption) => ({
      id: redemption.id,
      coupon_id: redemption.couponId,
      discount_code_id: redemption.discountCodeId,
      subscription_id: redemption.subscriptionId,
      redeemed_at: isoDate(redemption.redeemedAt),
    })),
    audit_entries: audit.map(toAuditLogDto),
  };
}
