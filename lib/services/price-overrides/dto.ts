import type { PriceOverrideRow } from "../../db/price-overrides";
import { isoDate } from "../../schemas/common";
import type { PriceOverrideDto } from "../../schemas/price-override";
import { toPropertiesDto } from "../pricing/charge-properties";

export function toPriceOverrideDto(row: PriceOverrideRow): PriceOverrideDto {
  return {
    object: "price_override",
    id: row.id,
    charge_id: row.chargeId,
    charge_key: row.charge.key,
    plan_id: row.charge.planVersion.planId,
    plan_version: row.charge.planVersion.version,
    model: row.charge.model.toLowerCase(),
    customer_id: row.customerId,
    customer_group_id: row.customerGroupId,
    currency: row.currency,
    price: toPropertiesDto(row.properties),
    created_at: isoDate(row.createdAt),
    updated_at: isoDate(row.updatedAt),
  };
}
