import type { Prisma } from "../../db/generated/client";
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

/** The roles this actor may grant, as assertCanAssignRole decides (the UI offers only these). */
export function assignableRoles(ctx: Ctx): Role[] {
  const all: Role[] = ["OWNER", "ADMIN", "VIEWER"];
  return all.filter((role) => {
    try {
      assertCanAssignRole(ctx, role);
      return true;
    } catch {
      return false;
    }
  });
}

const OWNERS_LOCK = 7_314_161; // serialises changes that can remove an active owner

/**
 * Call first in a transaction that may demote or disable an owner. Without it, two owners
 * demoting each other at once each see two active owners, and both commits leave none.
 */
export async function lockOwnerChanges(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${OWNERS_LOCK})`;
}
