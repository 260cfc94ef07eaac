import "server-only";
import { insertTaxRate } from "../../db/tax-rates";
import { createId } from "../../ids";
import type { CreateTaxRateInput, TaxRateDto } from "../../schemas/tax-rate";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toTaxRateDto } from "./dto";
import { withUniqueTaxRateCode } from "./shared";

export async function createTaxRate(ctx: Ctx, input: CreateTaxRateInput): Promise<TaxRateDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const rate = await withUniqueTaxRateCode(input.code, () =>
      insertTaxRate(tx, {
        id: createId("taxRate"),
        code: input.code,
        name: input.name,
        percentage: input.percentage,
        inclusive: input.inclusive,
        country: input.country ?? null,
        region: input.region ?? null,
        appliesByDefault: input.applies_by_default,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await recordAudit(tx, ctx, {
      action: "tax_rate.create",
      resourceType: "tax_rate",
      resourceId: rate.id,
      details: { code: rate.code, percentage: input.percentage, inclusive: rate.inclusive },
    });
    return toTaxRateDto(rate);
  });
}
