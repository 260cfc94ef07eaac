"use server";

import { runAction } from "@/lib/actions/admin-action";
import { createOwnerSchema } from "@/lib/schemas/team";
import { createOwner } from "@/lib/services/setup/create-owner";

/** Public (no session yet): the service itself refuses once any user exists. */
export async function createOwnerAction(input: unknown) {
  return runAction(createOwnerSchema, input, async (owner) => ({ email: (await createOwner(owner)).email }));
}
