"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { createMeterSchema, updateMeterSchema } from "@/lib/schemas/meter";
import { createMeter } from "@/lib/services/meters/create-meter";
import { setMeterArchived } from "@/lib/services/meters/set-meter-archived";
import { updateMeter } from "@/lib/services/meters/update-meter";

const METERS_PATH = "/usage/meters";

export async function createMeterAction(input: unknown) {
  const result = await runAdminAction(createMeterSchema, input, createMeter);
  if (result.ok) revalidatePath(METERS_PATH);
  return result;
}

export async function updateMeterAction(meterId: string, input: unknown) {
  const result = await runAdminAction(updateMeterSchema, input, (ctx, data) => updateMeter(ctx, meterId, data));
  if (result.ok) revalidatePath(METERS_PATH, "layout");
  return result;
}

export async function setMeterArchivedAction(meterId: string, archived: boolean) {
  const result = await runAdminAction(archiveChangeSchema, {}, (ctx) => setMeterArchived(ctx, meterId, archived));
  if (result.ok) revalidatePath(METERS_PATH, "layout");
  return result;
}
