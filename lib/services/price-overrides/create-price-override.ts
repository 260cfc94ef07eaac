import "server-only";
import { findCustomerById } from "../../db/customers";
import { isUniqueViolation } from "../../db/errors";
import { findChargeForPricing, findCustomerGroupRef, insertPriceOverride } from "../../db/price-overrides";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CreatePriceOverrideInput, PriceOverrideDto } from "../../schemas/price-override";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toPriceOverrideDto } from "./dto";
import { overrideProperties } from "./override-price";

/** A customer's (or a customer group's) own price for one charge in one currency. */
export async function createPriceOverride(ctx: Ctx, input: CreatePriceOverrideInput): Promise<PriceOverrideDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const charge = await findChargeForPricing(tx, input.charge_id);
    if (!charge) throw new AppError("unprocessable", `No plan charge with id '${input.charge_id}'.`, { param: "charge_id" });
    if (input.customer_id && !(await findCustomerById(tx, input.customer_id))) {
      throw new AppError("unprocessable", `No customer with id '${input.customer_id}'.`, { param: "customer_id" });
    }
    if (input.customer_group_id && !(await findCustomerGroupRef(tx, input.customer_group_id))) {
      throw new AppError("unprocessable", `No customer group with id '${input.customer_group_id}'.`, { param: "customer_group_id" });
    }
    if (!charge.planVersion.currencies.includes(input.currency)) {
      throw new AppError("unprocessable", `${input.currency} is not one of the plan's currencies (${charge.planVersion.currencies.join(", ")}).`, { param: "currency" });
    }
    const properties = overrideProperties(charge.model, input.currency, input.price);
    let row;
    try {
      row = await insertPriceOverride(tx, {
        id: createId("priceOverride"),
        chargeId: charge.id,
        customerId: input.customer_id ?? null,
        customerGroupId: input.customer_group_id ?? null,
        currency: input.currency,
        properties,
        createdAt: ctx.now,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const param = input.customer_id ? "customer_id" : "customer_group_id";
      throw new AppError("conflict", `This ${param === "customer_id" ? "customer" : "group"} already has an override of this charge in ${input.currency}; update it instead.`, { param, cause: error });
    }
    await recordAudit(tx, ctx, {
      action: "price_override.create",
      resourceType: "price_override",
      resourceId: row.id,
      details: { charge_id: charge.id, customer_id: row.customerId, customer_group_id: row.customerGroupId, currency: row.currency },
    });
    return toPriceOverrideDto(row);
  });
}
