"use server";

import { actionError, type ActionResult } from "@/lib/actions/admin-action";
import { zodToAppError } from "@/lib/http/zod-error";
import { acceptInvitationSchema } from "@/lib/schemas/team";
import { acceptInvitation } from "@/lib/services/team/accept-invitation";

export async function acceptInvitationAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) return actionError(zodToAppError(parsed.error, "form"));
  try {
    const user = await acceptInvitation(parsed.data);
    return { ok: true, data: { email: user.email } };
  } catch (error) {
    return actionError(error);
  }
}
