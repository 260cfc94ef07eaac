"use server";

import { runAdminAction } from "@/lib/actions/admin-action";
import { pricePreviewFormSchema } from "@/lib/schemas/price-preview";
import { previewPrice } from "@/lib/services/pricing/preview-price";

export async function previewPriceAction(input: unknown) {
  return runAdminAction(pricePreviewFormSchema, input, previewPrice);
}
