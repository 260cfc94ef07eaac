import "server-only";
import { updateTaxRate as storeTaxRate, type TaxRateData } from "../../db/tax-rates";
import { AppError } from "../../errors";
import type { TaxRateDto, UpdateTaxRateInput } from "../../schemas/tax-rate";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toTaxRateDto } from "./dto";
import { lockWritableTaxRate } from "./shared";

/** PATCH: name and where the rate applies. percentage and inclusive never change (the schema refuses them). */
export async function updateTaxRate(ctx: Ctx, taxRateId: string, input: UpdateTaxRateInput): Promise<TaxRateDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const rate = await lockWritableTaxRate(tx, taxRateId);
    const data: Partial<TaxRateData> = {};
    if (input.name !== undefined) data.name = input.name;
    if (input.country !== undefined) data.country = input.country;
    if (input.region !== undefined) data.region = input.region;
    if (input.applies_by_default !== undefined) data.appliesByDefault = input.applies_by_default;
    const country = data.country !== undefined ? data.country : rate.country;
    const region = data.region !== undefined ? data.region : rate.region;
    if (region !== null && country === null) throw new AppError("unprocessable", "region needs a country.", { param: "region" });

    const updated = await storeTaxRate(tx, rate.id, { ...data, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: "tax_rate.update", resourceType: "tax_rate", resourceId: rate.id, details: { fields: Object.keys(input).sort() } });
    return toTaxRateDto(updated);
  });
}
