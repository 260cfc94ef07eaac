"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { createFeatureSchema, updateFeatureSchema } from "@/lib/schemas/feature";
import { createFeature } from "@/lib/services/catalog/create-feature";
import { setFeatureArchived } from "@/lib/services/catalog/set-feature-archived";
import { updateFeature } from "@/lib/services/catalog/update-feature";

const FEATURES_PATH = "/catalog/features";

export async function createFeatureAction(input: unknown) {
  const result = await runAdminAction(createFeatureSchema, input, createFeature);
  if (result.ok) revalidatePath(FEATURES_PATH, "layout");
  return result;
}

export async function updateFeatureAction(featureId: string, input: unknown) {
  const result = await runAdminAction(updateFeatureSchema, input, (ctx, data) => updateFeature(ctx, featureId, data));
  if (result.ok) revalidatePath(FEATURES_PATH, "layout");
  return result;
}

export async function setFeatureArchivedAction(featureId: string, archived: boolean) {
  const result = await runAdminAction(archiveChangeSchema, {}, (ctx) => setFeatureArchived(ctx, featureId, archived));
  if (result.ok) revalidatePath(FEATURES_PATH, "layout");
  return result;
}
