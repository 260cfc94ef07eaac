import "server-only";
import { findPriceOverrideById, updatePriceOverrideProperties } from "../../db/price-overrides";
import { notFound } from "../../errors";
import type { PriceOverrideDto, UpdatePriceOverrideInput } from "../../schemas/price-override";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toPriceOverrideDto } from "./dto";
import { overrideProperties } from "./override-price";

export async function updatePriceOverride(ctx: Ctx, overrideId: string, input: UpdatePriceOverrideInput): Promise<PriceOverrideDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const override = await findPriceOverrideById(tx, overrideId);
    if (!override) throw notFound("price override", overrideId);
    const updated = await updatePriceOverrideProperties(tx, override.id, overrideProperties(override.charge.model, override.currency, input.price), ctx.now);
    await recordAudit(tx, ctx, { action: "price_override.update", resourceType: "price_override", resourceId: override.id });
    return toPriceOverrideDto(updated);
  });
}
