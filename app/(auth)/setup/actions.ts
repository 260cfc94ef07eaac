"use server";

import { actionError, type ActionResult } from "@/lib/actions/admin-action";
import { zodToAppError } from "@/lib/http/zod-error";
import { createOwnerSchema } from "@/lib/schemas/team";
import { createOwner } from "@/lib/services/setup/create-owner";

export async function createOwnerAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = createOwnerSchema.safeParse(input);
  if (!parsed.success) return actionError(zodToAppError(parsed.error, "form"));
  try {
    const owner = await createOwner(parsed.data);
    return { ok: true, data: { email: owner.email } };
  } catch (error) {
    return actionError(error);
  }
}
