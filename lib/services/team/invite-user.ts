import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { insertInvitation } from "../../db/invitations";
import { findUserByEmail } from "../../db/users";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { InviteUserInput } from "../../schemas/team";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { roleEnum } from "../dto";
import { inTransaction } from "../transaction";
import { assertCanAssignRole } from "./authorize-team-change";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const hashInvitationToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates an invitation and returns the one-time path the invitee opens to choose a password. */
export async function inviteUser(ctx: Ctx, input: InviteUserInput): Promise<{ invitationId: string; acceptPath: string }> {
  if (ctx.actor.type !== "user") throw new AppError("forbidden", "Only a signed-in user can invite team members.");
  const invitedById = ctx.actor.id;
  const role = roleEnum(input.role);
  assertCanAssignRole(ctx, role);
  const token = randomBytes(24).toString("base64url");
  return inTransaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError("conflict", "A user with this email already exists.", { param: "email" });
    }
    const invitation = await insertInvitation(tx, {
      id: createId("invitation"),
      email: input.email,
      role,
      tokenHash: hashInvitationToken(token),
      invitedById,
      expiresAt: new Date(ctx.now.getTime() + INVITATION_TTL_MS),
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: "invitation.create", resourceType: "invitation", resourceId: invitation.id, details: { email: input.email, role: input.role } });
    return { invitationId: invitation.id, acceptPath: `/invite/${token}` };
  });
}
