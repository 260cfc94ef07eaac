// Tax rate rows → API DTOs, and → the pure engine's TaxRate (lib/billing/tax.ts).
import type { TaxRate } from "../../billing/tax";
import type { TaxRateRow } from "../../db/tax-rates";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import { normalizeDecimal } from "../../schemas/coupon";
import type { TaxRateDto } from "../../schemas/tax-rate";

const percentage = (rate: TaxRateRow) => normalizeDecimal(rate.percentage.toFixed());

export function toTaxRateDto(rate: TaxRateRow): TaxRateDto {
  return {
    object: "tax_rate",
    id: rate.id,
    code: rate.code,
    name: rate.name,
    percentage: percentage(rate),
    inclusive: rate.inclusive,
    country: rate.country,
    region: rate.region,
    applies_by_default: rate.appliesByDefault,
    status: rate.archivedAt ? "archived" : "active",
    archived_at: isoDateOrNull(rate.archivedAt),
    created_at: isoDate(rate.createdAt),
    updated_at: isoDate(rate.updatedAt),
  };
}

export function toEngineTaxRate(rate: TaxRateRow): TaxRate {
  return { id: rate.id, name: rate.name, percent: percentage(rate), inclusive: rate.inclusive };
}
