import "server-only";
import { updateTaxRate } from "../../db/tax-rates";
import type { TaxRateDto } from "../../schemas/tax-rate";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toTaxRateDto } from "./dto";
import { lockWritableTaxRate } from "./shared";

/** Archived rates are no longer applied (by default or to customers who had them); invoices keep theirs. */
export async function archiveTaxRate(ctx: Ctx, taxRateId: string): Promise<TaxRateDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const rate = await lockWritableTaxRate(tx, taxRateId);
    const archived = await updateTaxRate(tx, rate.id, { archivedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: "tax_rate.archive", resourceType: "tax_rate", resourceId: rate.id, details: { code: rate.code } });
    return toTaxRateDto(archived);
  });
}
