import "server-only";
import { findPlanById, insertPlan } from "../../db/plans";
import { notFound } from "../../errors";
import { createId } from "../../ids";
import type { DuplicatePlanInput, PlanDto } from "../../schemas/plan";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { insertVersion, planDto, versionTerms, withUniqueCode } from "./shared";
import { buildVersionContents } from "./version-contents";

/** A new draft plan with a copy of the source's current version (as its version 1). */
export async function duplicatePlan(ctx: Ctx, planId: string, input: DuplicatePlanInput): Promise<PlanDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const source = await findPlanById(tx, planId);
    if (!source?.currentVersion) throw notFound("plan", planId);
    const contents = await buildVersionContents(tx, versionTerms(source.currentVersion));
    const { id } = await withUniqueCode(input.code, () =>
      insertPlan(tx, {
        id: createId("plan"),
        code: input.code,
        name: input.name ?? `${source.name} (copy)`,
        description: source.description,
        productId: source.productId,
        status: "DRAFT",
        checkoutEnabled: source.checkoutEnabled,
        metadata: source.metadata as Record<string, string>,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await insertVersion(tx, id, 1, contents, ctx.now);
    await recordAudit(tx, ctx, { action: "plan.duplicate", resourceType: "plan", resourceId: id, details: { source: source.id, code: input.code } });
    return planDto(tx, id);
  });
}
