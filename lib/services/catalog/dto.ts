// Row → DTO mappers of the catalogue (the API and the admin pages show the same shapes).
import type { ExchangeRateRow } from "../../db/exchange-rates";
import type { FeatureRow } from "../../db/features";
import type { FeatureType, PlanStatus } from "../../db/generated/enums";
import type { ProductFamilyRow } from "../../db/product-families";
import type { ProductPlanRow, ProductRow } from "../../db/products";
import type { UnitRow } from "../../db/units";
import type { ArchiveStatus } from "../../schemas/catalog";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import type { ExchangeRateDto } from "../../schemas/exchange-rate";
import type { FeatureDto } from "../../schemas/feature";
import type { ProductPlanSummaryDto, ProductDto } from "../../schemas/product";
import type { ProductFamilyDto } from "../../schemas/product-family";
import type { UnitDto } from "../../schemas/unit";
import { toMetadataDto } from "../metadata";

export function archivable(row: { archivedAt: Date | null; createdAt: Date; updatedAt: Date }) {
  return {
    status: (row.archivedAt ? "archived" : "active") as ArchiveStatus,
    archived_at: isoDateOrNull(row.archivedAt),
    created_at: isoDate(row.createdAt),
    updated_at: isoDate(row.updatedAt),
  };
}

export const toProductFamilyDto = (row: ProductFamilyRow): ProductFamilyDto => ({
  object: "product_family",
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  ...archivable(row),
});

export const toProductDto = (row: ProductRow): ProductDto => ({
  object: "product",
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  family_id: row.familyId,
  metadata: toMetadataDto(row.metadata),
  ...archivable(row),
});

export const toProductPlanSummaryDto = (row: ProductPlanRow): ProductPlanSummaryDto => ({
  object: "plan",
  id: row.id,
  code: row.code,
  name: row.name,
  status: row.status.toLowerCase() as Lowercase<PlanStatus>,
  created_at: isoDate(row.createdAt),
});

export const toUnitDto = (row: UnitRow): UnitDto => ({ object: "unit", id: row.id, code: row.code, name: row.name, plural: row.plural, ...archivable(row) });

export const featureTypeEnum = (type: FeatureDto["type"]) => type.toUpperCase() as FeatureType;

export const toFeatureDto = (row: FeatureRow): FeatureDto => ({
  object: "feature",
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  type: row.type.toLowerCase() as FeatureDto["type"],
  ...archivable(row),
});

export const toExchangeRateDto = (row: ExchangeRateRow): ExchangeRateDto => ({
  object: "exchange_rate",
  id: row.id,
  base_currency: row.baseCurrency,
  quote_currency: row.quoteCurrency,
  rate: row.rate,
  effective_from: isoDate(row.effectiveFrom),
  created_at: isoDate(row.createdAt),
});
