import "server-only";
import { insertCustomerGroup } from "../../db/customer-groups";
import { isUniqueViolation } from "../../db/errors";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CreateCustomerGroupInput, CustomerGroupDto } from "../../schemas/customer-group";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toCustomerGroupDto } from "./dto";

export async function createCustomerGroup(ctx: Ctx, input: CreateCustomerGroupInput): Promise<CustomerGroupDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const group = await insertCustomerGroup(tx, {
      id: createId("customerGroup"),
      code: input.code,
      name: input.name,
      description: input.description ?? null,
      paymentTermsDays: input.payment_terms_days ?? null,
      preferredCurrency: input.preferred_currency ?? null,
      locale: input.locale ?? null,
      taxExempt: input.tax_exempt ?? null,
      archivedAt: null,
      createdAt: ctx.now,
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("conflict", `A customer group with code '${input.code}' already exists.`, { param: "code", cause: error });
      throw error;
    });
    await recordAudit(tx, ctx, { action: "customer_group.create", resourceType: "customer_group", resourceId: group.id, details: { code: group.code, name: group.name } });
    return toCustomerGroupDto(group, 0);
  });
}
