import "server-only";
import { deletePriceOverride as removeOverride, findPriceOverrideById } from "../../db/price-overrides";
import { notFound } from "../../errors";
import type { DeletedPriceOverrideDto } from "../../schemas/price-override";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";

/** Removes an override: the customer pays the group's or list price again (invoices copy prices, so none refers to it). */
export async function deletePriceOverride(ctx: Ctx, overrideId: string): Promise<DeletedPriceOverrideDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const override = await findPriceOverrideById(tx, overrideId);
    if (!override) throw notFound("price override", overrideId);
    await removeOverride(tx, override.id);
    await recordAudit(tx, ctx, {
      action: "price_override.delete",
      resourceType: "price_override",
      resourceId: override.id,
      details: { charge_id: override.chargeId, customer_id: override.customerId, customer_group_id: override.customerGroupId, currency: override.currency },
    });
    return { object: "price_override", id: override.id, deleted: true };
  });
}
