import "server-only";
import { hashPassword } from "../../auth/password";
import { findUserByEmail, insertUser } from "../../db/users";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CreateOwnerInput, UserDto } from "../../schemas/team";
import { recordAudit } from "../audit";
import { newRequestId, type Ctx } from "../context";
import { toUserDto } from "../dto";
import { inTransaction } from "../transaction";

const SETUP_LOCK = 7_314_160; // serialises concurrent first-run setups

/** Creates the first user, an owner. Refused once any user exists. */
export async function createOwner(input: CreateOwnerInput, now = new Date()): Promise<UserDto> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if ((await tx.user.count()) > 0 || (await findUserByEmail(tx, input.email))) {
      throw new AppError("conflict", "Billow is already set up: sign in instead.");
    }
    const user = await insertUser(tx, { id: createId("user"), email: input.email, name: input.name, role: "OWNER", passwordHash, createdAt: now });
    const ctx: Ctx = { actor: { type: "user", id: user.id, email: user.email, name: user.name, role: "OWNER" }, now, requestId: newRequestId() };
    await recordAudit(tx, ctx, { action: "user.create_owner", resourceType: "user", resourceId: user.id });
    return toUserDto(user);
  });
}
