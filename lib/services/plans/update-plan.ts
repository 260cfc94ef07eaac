import "server-only";
import { countVersionSubscriptions, updatePlan as storePlan, type PlanData } from "../../db/plans";
import { VERSIONED_FIELDS, type PlanDto, type UpdatePlanInput } from "../../schemas/plan";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { mergeMetadata } from "../metadata";
import { inTransaction } from "../transaction";
import { assertUsableProduct, insertNextVersion, lockWritablePlan, planDto, rewriteVersion, versionTerms } from "./shared";
import { buildVersionContents } from "./version-contents";

/**
 * PATCH. Identity fields (name, description, product, checkout flag, metadata) change on the plan.
 * Versioned fields edit the current version in place, unless a subscription uses it: then they
 * create version n+1, which becomes current, and subscribers stay on theirs.
 */
export async function updatePlan(ctx: Ctx, planId: string, input: UpdatePlanInput): Promise<PlanDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const plan = await lockWritablePlan(tx, planId);
    const data: Partial<PlanData> = {};
    if (input.name !== undefined) data.name = input.name;
    if (input.description !== undefined) data.description = input.description;
    if (input.product_id !== undefined) {
      if (input.product_id !== null && input.product_id !== plan.productId) await assertUsableProduct(tx, input.product_id);
      data.productId = input.product_id;
    }
    if (input.checkout_enabled !== undefined) data.checkoutEnabled = input.checkout_enabled;
    if (input.metadata !== undefined) data.metadata = mergeMetadata(plan.metadata, input.metadata);

    const versioned = VERSIONED_FIELDS.filter((field) => input[field] !== undefined);
    let versionChange: "none" | "in_place" | "new_version" = "none";
    if (versioned.length > 0) {
      const current = versionTerms(plan.currentVersion);
      const contents = await buildVersionContents(tx, { ...current, ...Object.fromEntries(versioned.map((field) => [field, input[field]])) });
      // Re-sending the same terms (a form saving every field) is not a change: no new version.
      const unchanged = JSON.stringify(contents) === JSON.stringify(await buildVersionContents(tx, current));
      if (!unchanged) {
        const frozen = (await countVersionSubscriptions(tx, plan.currentVersion.id)) > 0;
        if (frozen) await insertNextVersion(tx, plan, contents, ctx.now);
        else await rewriteVersion(tx, plan.currentVersion, contents, ctx.now);
        versionChange = frozen ? "new_version" : "in_place";
      }
    }
    await storePlan(tx, plan.id, { ...data, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: "plan.update",
      resourceType: "plan",
      resourceId: plan.id,
      details: { fields: Object.keys(input).sort(), version_change: versionChange },
    });
    return planDto(tx, plan.id);
  });
}
