"use server";

import { runAction } from "@/lib/actions/admin-action";
import { acceptInvitationSchema } from "@/lib/schemas/team";
import { acceptInvitation } from "@/lib/services/team/accept-invitation";

/** Public: the one-time token is the credential. */
export async function acceptInvitationAction(input: unknown) {
  return runAction(acceptInvitationSchema, input, async (invitation) => ({ email: (await acceptInvitation(invitation)).email }));
}
