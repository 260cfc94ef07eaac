"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { createProductFamilySchema, updateProductFamilySchema } from "@/lib/schemas/product-family";
import { createProductFamily } from "@/lib/services/catalog/create-product-family";
import { setProductFamilyArchived } from "@/lib/services/catalog/set-product-family-archived";
import { updateProductFamily } from "@/lib/services/catalog/update-product-family";

const PRODUCTS_PATH = "/catalog/products";

export async function createProductFamilyAction(input: unknown) {
  const result = await runAdminAction(createProductFamilySchema, input, createProductFamily);
  if (result.ok) revalidatePath(PRODUCTS_PATH, "layout");
  return result;
}

export async function updateProductFamilyAction(familyId: string, input: unknown) {
  const result = await runAdminAction(updateProductFamilySchema, input, (ctx, data) => updateProductFamily(ctx, familyId, data));
  if (result.ok) revalidatePath(PRODUCTS_PATH, "layout");
  return result;
}

export async function setProductFamilyArchivedAction(familyId: string, archived: boolean) {
  const result = await runAdminAction(archiveChangeSchema, {}, (ctx) => setProductFamilyArchived(ctx, familyId, archived));
  if (result.ok) revalidatePath(PRODUCTS_PATH, "layout");
  return result;
}
