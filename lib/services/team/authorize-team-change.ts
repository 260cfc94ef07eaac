import type { Role } from "../../db/generated/enums";
import { AppError } from "../../errors";
import { actorRole, assertCanWrite, type Ctx } from "../context";

/** Owners manage everyone; admins manage admins and viewers; viewers manage no one. */
export function assertCanAssignRole(ctx: Ctx, role: Role): void {
  assertCanWrite(ctx);
  if (role === "OWNER" && actorRole(ctx.actor) !== "OWNER") {
    throw new AppError("forbidden", "Only an owner can make or change owners.", { param: "role" });
  }
}
