import "server-only";
import { countActiveOwners, findUserById, updateUser } from "../../db/users";
import { AppError, notFound } from "../../errors";
import type { SetUserDisabledInput, UserDto } from "../../schemas/team";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { toUserDto } from "../dto";
import { inTransaction } from "../transaction";
import { assertCanAssignRole, lockOwnerChanges } from "./authorize-team-change";

/** Disabled users cannot sign in, and their open sessions stop working on the next request. */
export async function setUserDisabled(ctx: Ctx, input: SetUserDisabledInput): Promise<UserDto> {
  if (ctx.actor.type === "user" && ctx.actor.id === input.userId) {
    throw new AppError("forbidden", "You cannot disable your own account.");
  }
  return inTransaction(async (tx) => {
    await lockOwnerChanges(tx);
    const user = await findUserById(tx, input.userId);
    if (!user) throw notFound("user", input.userId);
    assertCanAssignRole(ctx, user.role);
    if (input.disabled && user.role === "OWNER" && !user.disabledAt && (await countActiveOwners(tx)) <= 1) {
      throw new AppError("invalid_state", "Billow needs at least one active owner.");
    }
    const updated = await updateUser(tx, user.id, { disabledAt: input.disabled ? (user.disabledAt ?? ctx.now) : null });
    await recordAudit(tx, ctx, { action: input.disabled ? "user.disable" : "user.enable", resourceType: "user", resourceId: user.id });
    return toUserDto(updated);
  });
}
