import "server-only";
import { prisma } from "../../db/client";
import { listPendingInvitations } from "../../db/invitations";
import { listUsers } from "../../db/users";
import type { InvitationDto, UserDto } from "../../schemas/team";
import type { RoleName } from "../../schemas/common";
import type { Ctx } from "../context";
import { assignableRoles } from "./authorize-team-change";
import { roleName, toUserDto } from "../dto";

export async function listTeam(ctx: Ctx): Promise<{ users: UserDto[]; invitations: InvitationDto[]; assignable_roles: RoleName[] }> {
  const [users, invitations] = await Promise.all([listUsers(prisma()), listPendingInvitations(prisma(), ctx.now)]);
  return {
    assignable_roles: assignableRoles(ctx).map(roleName),
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
