import "server-only";
import { findInvitationById, updateInvitation } from "../../db/invitations";
import { AppError, notFound } from "../../errors";
import type { RevokeInvitationInput } from "../../schemas/team";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { inTransaction } from "../transaction";
import { assertCanAssignRole } from "./authorize-team-change";

export async function revokeInvitation(ctx: Ctx, input: RevokeInvitationInput): Promise<void> {
  await inTransaction(async (tx) => {
    const invitation = await findInvitationById(tx, input.invitationId);
    if (!invitation) throw notFound("invitation", input.invitationId);
    assertCanAssignRole(ctx, invitation.role);
    if (invitation.acceptedAt || invitation.revokedAt) throw new AppError("invalid_state", "This invitation was already used or revoked.");
    await updateInvitation(tx, invitation.id, { revokedAt: ctx.now });
    await recordAudit(tx, ctx, { action: "invitation.revoke", resourceType: "invitation", resourceId: invitation.id });
  });
}
