"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { createUsageLimitSchema, updateUsageLimitSchema, usageLimitIdParamsSchema } from "@/lib/schemas/usage-limit";
import { createUsageLimit } from "@/lib/services/usage-limits/create-usage-limit";
import { setUsageLimitArchived } from "@/lib/services/usage-limits/set-usage-limit-archived";
import { updateUsageLimit } from "@/lib/services/usage-limits/update-usage-limit";

const LIMITS_PATH = "/usage/limits";

export async function createUsageLimitAction(input: unknown) {
  const result = await runAdminAction(createUsageLimitSchema, input, createUsageLimit);
  if (result.ok) revalidatePath(LIMITS_PATH);
  return result;
}

const updateInputSchema = updateUsageLimitSchema.extend(usageLimitIdParamsSchema.shape);

export async function updateUsageLimitAction(input: unknown) {
  const result = await runAdminAction(updateInputSchema, input, (ctx, { limitId, ...changes }) => updateUsageLimit(ctx, limitId, changes));
  if (result.ok) revalidatePath(LIMITS_PATH, "layout");
  return result;
}

export async function setUsageLimitArchivedAction(input: unknown, archived: boolean) {
  const result = await runAdminAction(usageLimitIdParamsSchema, input, (ctx, { limitId }) => setUsageLimitArchived(ctx, limitId, archived));
  if (result.ok) revalidatePath(LIMITS_PATH, "layout");
  return result;
}
