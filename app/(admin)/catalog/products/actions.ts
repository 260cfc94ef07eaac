"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { createProductSchema, updateProductSchema } from "@/lib/schemas/product";
import { createProduct } from "@/lib/services/catalog/create-product";
import { setProductArchived } from "@/lib/services/catalog/set-product-archived";
import { updateProduct } from "@/lib/services/catalog/update-product";

const PRODUCTS_PATH = "/catalog/products";

export async function createProductAction(input: unknown) {
  const result = await runAdminAction(createProductSchema, input, createProduct);
  if (result.ok) revalidatePath(PRODUCTS_PATH);
  return result;
}

export async function updateProductAction(productId: string, input: unknown) {
  const result = await runAdminAction(updateProductSchema, input, (ctx, data) => updateProduct(ctx, productId, data));
  if (result.ok) revalidatePath(PRODUCTS_PATH, "layout");
  return result;
}

export async function setProductArchivedAction(productId: string, archived: boolean) {
  const result = await runAdminAction(archiveChangeSchema, {}, (ctx) => setProductArchived(ctx, productId, archived));
  if (result.ok) revalidatePath(PRODUCTS_PATH, "layout");
  return result;
}
