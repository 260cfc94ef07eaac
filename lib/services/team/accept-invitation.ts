import "server-only";
import { hashPassword } from "../../auth/password";
import { prisma } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { findInvitationByTokenHash, updateInvitation } from "../../db/invitations";
import { insertUser } from "../../db/users";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { AcceptInvitationInput, UserDto } from "../../schemas/team";
import { recordAudit } from "../audit";
import { newRequestId } from "../context";
import { toUserDto } from "../dto";
import { inTransaction } from "../transaction";
import { hashInvitationToken } from "./invite-user";

/** What the invitation page shows before the invitee chooses a password; null when unusable. */
export async function findOpenInvitation(token: string, now: Date) {
  const invitation = await findInvitationByTokenHash(prisma(), hashInvitationToken(token));
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
  return { email: invitation.email, role: invitation.role.toLowerCase() };
}

export async function acceptInvitation(input: AcceptInvitationInput, now = new Date()): Promise<UserDto> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(async (tx) => {
      const invitation = await findInvitationByTokenHash(tx, hashInvitationToken(input.token));
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
        throw new AppError("not_found", "This invitation is no longer valid. Ask for a new one.", { param: "token" });
      }
      await updateInvitation(tx, invitation.id, { acceptedAt: now });
      const user = await insertUser(tx, { id: createId("user"), email: invitation.email, name: input.name, role: invitation.role, passwordHash, createdAt: now });
      const ctx = { actor: { type: "user" as const, id: user.id, email: user.email, name: user.name, role: user.role }, now, requestId: newRequestId() };
      await recordAudit(tx, ctx, { action: "invitation.accept", resourceType: "user", resourceId: user.id, details: { invitation_id: invitation.id } });
      return toUserDto(user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "A user with this email already exists.", { param: "email" });
    throw error;
  }
}
