"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAdminAction } from "@/lib/actions/admin-action";
import { createPriceOverrideSchema, priceOverrideIdParamsSchema, updatePriceOverrideSchema } from "@/lib/schemas/price-override";
import { createPlanPricePreviewSchema } from "@/lib/schemas/price-preview";
import { createPlanSchema, duplicatePlanSchema, planIdParamsSchema, updatePlanSchema } from "@/lib/schemas/plan";
import { createPlan } from "@/lib/services/plans/create-plan";
import { duplicatePlan } from "@/lib/services/plans/duplicate-plan";
import { setPlanStatus } from "@/lib/services/plans/set-plan-status";
import { updatePlan } from "@/lib/services/plans/update-plan";
import { createPriceOverride } from "@/lib/services/price-overrides/create-price-override";
import { deletePriceOverride } from "@/lib/services/price-overrides/delete-price-override";
import { updatePriceOverride } from "@/lib/services/price-overrides/update-price-override";
import { previewPlanPrice } from "@/lib/services/pricing/preview-plan-price";

const PLANS_PATH = "/catalog/plans";

const revalidated = <R extends { ok: boolean }>(result: R): R => {
  if (result.ok) revalidatePath(PLANS_PATH, "layout");
  return result;
};

export async function createPlanAction(input: unknown) {
  return revalidated(await runAdminAction(createPlanSchema, input, createPlan));
}

export async function updatePlanAction(planId: string, input: unknown) {
  return revalidated(await runAdminAction(updatePlanSchema, input, (ctx, parsed) => updatePlan(ctx, planIdParamsSchema.parse({ planId }).planId, parsed)));
}

const statusChangeSchema = planIdParamsSchema.extend({ change: z.enum(["activate", "deactivate", "archive"]) });

export async function setPlanStatusAction(input: unknown) {
  return revalidated(await runAdminAction(statusChangeSchema, input, (ctx, { planId, change }) => setPlanStatus(ctx, planId, change)));
}

export async function duplicatePlanAction(planId: string, input: unknown) {
  return revalidated(await runAdminAction(duplicatePlanSchema, input, (ctx, parsed) => duplicatePlan(ctx, planIdParamsSchema.parse({ planId }).planId, parsed)));
}

export async function previewPlanPriceAction(input: unknown) {
  return runAdminAction(createPlanPricePreviewSchema, input, previewPlanPrice);
}

export async function deletePriceOverrideAction(input: unknown) {
  return revalidated(
    await runAdminAction(priceOverrideIdParamsSchema, input, (ctx, { priceOverrideId }) => deletePriceOverride(ctx, priceOverrideId)),
  );
}

export async function createPriceOverrideAction(input: unknown) {
  return revalidated(await runAdminAction(createPriceOverrideSchema, input, createPriceOverride));
}

export async function updatePriceOverrideAction(priceOverrideId: string, input: unknown) {
  return revalidated(
    await runAdminAction(updatePriceOverrideSchema, input, (ctx, parsed) => updatePriceOverride(ctx, priceOverrideIdParamsSchema.parse({ priceOverrideId }).priceOverrideId, parsed)),
  );
}
