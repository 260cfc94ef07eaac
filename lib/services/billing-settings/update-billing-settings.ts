import "server-only";
import { updateBillingSettings as saveBillingSettings } from "../../db/billing-settings";
import { findBillingSettings } from "../../db/invoices";
import type { BillingSettingsDto, UpdateBillingSettingsInput } from "../../schemas/billing-settings";
import { recordAudit } from "../audit";
import { toAddressJson } from "../customers/dto";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toBillingSettingsDto } from "./get-billing-settings";

/**
 * Saves the seller identity printed on new invoices (the address stored like customers' addresses), the number formats (issued numbers never
 * change; a new format starts its own series) and the draft review period.
 */
export async function updateBillingSettings(ctx: Ctx, input: UpdateBillingSettingsInput): Promise<BillingSettingsDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    await findBillingSettings(tx);
    const row = await saveBillingSettings(
      tx,
      {
        sellerName: input.seller_name,
        sellerAddress: input.seller_address === undefined ? undefined : input.seller_address && toAddressJson(input.seller_address),
        sellerTaxId: input.seller_tax_id === undefined ? undefined : input.seller_tax_id || null,
        sellerEmail: input.seller_email,
        invoiceNumberFormat: input.invoice_number_format,
        creditNoteNumberFormat: input.credit_note_number_format,
        draftGraceHours: input.draft_grace_hours,
        defaultTimeZone: input.default_time_zone,
      },
      ctx.now,
    );
    await recordAudit(tx, ctx, { action: "billing_settings.update", resourceType: "billing_settings", resourceId: "default", details: { fields: Object.keys(input) } });
    return toBillingSettingsDto(row);
  });
}
