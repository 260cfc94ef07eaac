import "server-only";
import { countActiveOwners, findUserById, updateUser } from "../../db/users";
import { AppError, notFound } from "../../errors";
import type { ChangeUserRoleInput, UserDto } from "../../schemas/team";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { roleEnum, roleName, toUserDto } from "../dto";
import { inTransaction } from "../transaction";
import { assertCanAssignRole, lockOwnerChanges } from "./authorize-team-change";

export async function changeUserRole(ctx: Ctx, input: ChangeUserRoleInput): Promise<UserDto> {
  const role = roleEnum(input.role);
  assertCanAssignRole(ctx, role);
  if (ctx.actor.type === "user" && ctx.actor.id === input.userId) {
    throw new AppError("forbidden", "You cannot change your own role.", { param: "role" });
  }
  return inTransaction(async (tx) => {
    await lockOwnerChanges(tx);
    const user = await findUserById(tx, input.userId);
    if (!user) throw notFound("user", input.userId);
    assertCanAssignRole(ctx, user.role); // admins may not demote owners
    if (user.role === "OWNER" && role !== "OWNER" && !user.disabledAt && (await countActiveOwners(tx)) <= 1) {
      throw new AppError("invalid_state", "Billow needs at least one active owner.", { param: "role" });
    }
    const updated = await updateUser(tx, user.id, { role });
    await recordAudit(tx, ctx, { action: "user.change_role", resourceType: "user", resourceId: user.id, details: { from: roleName(user.role), to: input.role } });
    return toUserDto(updated);
  });
}
