import "server-only";
import { insertPlan } from "../../db/plans";
import { createId } from "../../ids";
import type { CreatePlanInput, PlanDto } from "../../schemas/plan";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { assertUsableProduct, insertVersion, planDto, withUniqueCode } from "./shared";
import { buildVersionContents } from "./version-contents";

/** A new plan is a draft with version 1. */
export async function createPlan(ctx: Ctx, input: CreatePlanInput): Promise<PlanDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    if (input.product_id) await assertUsableProduct(tx, input.product_id);
    const contents = await buildVersionContents(tx, input);
    const { id } = await withUniqueCode(input.code, () =>
      insertPlan(tx, {
        id: createId("plan"),
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        productId: input.product_id ?? null,
        status: "DRAFT",
        checkoutEnabled: input.checkout_enabled,
        metadata: input.metadata,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await insertVersion(tx, id, 1, contents, ctx.now);
    await recordAudit(tx, ctx, { action: "plan.create", resourceType: "plan", resourceId: id, details: { code: input.code, charges: contents.charges.length } });
    return planDto(tx, id);
  });
}
