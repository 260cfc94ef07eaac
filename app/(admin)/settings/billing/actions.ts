"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { updateBillingSettingsSchema } from "@/lib/schemas/billing-settings";
import { updateBillingSettings } from "@/lib/services/billing-settings/update-billing-settings";

export async function updateBillingSettingsAction(input: unknown) {
  const result = await runAdminAction(updateBillingSettingsSchema, input, updateBillingSettings);
  if (result.ok) revalidatePath("/settings/billing");
  return result;
}
