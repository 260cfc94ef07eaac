"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { archiveChangeSchema } from "@/lib/schemas/catalog";
import { createUnitSchema, updateUnitSchema } from "@/lib/schemas/unit";
import { createUnit } from "@/lib/services/catalog/create-unit";
import { setUnitArchived } from "@/lib/services/catalog/set-unit-archived";
import { updateUnit } from "@/lib/services/catalog/update-unit";

const UNITS_PATH = "/catalog/units";

export async function createUnitAction(input: unknown) {
  const result = await runAdminAction(createUnitSchema, input, createUnit);
  if (result.ok) revalidatePath(UNITS_PATH, "layout");
  return result;
}

export async function updateUnitAction(unitId: string, input: unknown) {
  const result = await runAdminAction(updateUnitSchema, input, (ctx, data) => updateUnit(ctx, unitId, data));
  if (result.ok) revalidatePath(UNITS_PATH, "layout");
  return result;
}

export async function setUnitArchivedAction(unitId: string, archived: boolean) {
  const result = await runAdminAction(archiveChangeSchema, {}, (ctx) => setUnitArchived(ctx, unitId, archived));
  if (result.ok) revalidatePath(UNITS_PATH, "layout");
  return result;
}
