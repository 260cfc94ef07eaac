import "server-only";
import { prisma } from "../../db/client";
import { listPendingInvitations } from "../../db/invitations";
import { listUsers } from "../../db/users";
import type { InvitationDto, UserDto } from "../../schemas/team";
import type { Ctx } from "../context";
import { roleName, toUserDto } from "../dto";

export async function listTeam(ctx: Ctx): Promise<{ users: UserDto[]; invitations: InvitationDto[] }> {
  const [users, invitations] = await Promise.all([listUsers(prisma()), listPendingInvitations(prisma(), ctx.now)]);
  return {
    users: users.map(toUserDto),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: roleName(invitation.role),
      invited_by: invitation.invitedBy.email,
      expires_at: invitation.expiresAt.toISOString(),
      created_at: invitation.createdAt.toISOString(),
    })),
  };
}
