import "server-only";
import { prisma } from "../../db/client";
import type { AddressJson } from "../../db/customers";
import { findBillingSettings, type BillingSettingsRow } from "../../db/invoices";
import { isoDate } from "../../schemas/common";
import type { BillingSettingsDto } from "../../schemas/billing-settings";
import type { Ctx } from "../context";

/** The stored address (customers' shape, `postalCode`) as the API spells it. */
function addressDto(value: unknown): Record<string, string> | null {
  if (typeof value !== "object" || value === null) return null;
  const { postalCode, ...rest } = value as AddressJson;
  return { ...rest, ...(postalCode !== undefined ? { postal_code: postalCode } : {}) } as Record<string, string>;
}

export function toBillingSettingsDto(row: BillingSettingsRow): BillingSettingsDto {
  return {
    object: "billing_settings",
    seller_name: row.sellerName,
    seller_address: addressDto(row.sellerAddress),
    seller_tax_id: row.sellerTaxId,
    seller_email: row.sellerEmail,
    invoice_number_format: row.invoiceNumberFormat,
    credit_note_number_format: row.creditNoteNumberFormat,
    draft_grace_hours: row.draftGraceHours,
    default_time_zone: row.defaultTimeZone,
    updated_at: isoDate(row.updatedAt),
  };
}

export async function getBillingSettings(_ctx: Ctx): Promise<BillingSettingsDto> {
  return toBillingSettingsDto(await findBillingSettings(prisma()));
}
