import "server-only";
import { hashPassword } from "../../auth/password";
import { isUniqueViolation } from "../../db/errors";
import { insertUser } from "../../db/users";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { AddUserInput, UserDto } from "../../schemas/team";
import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { roleEnum, toUserDto } from "../dto";
import { inTransaction } from "../transaction";
import { assertCanAssignRole } from "./authorize-team-change";

export async function addUser(ctx: Ctx, input: AddUserInput): Promise<UserDto> {
  const role = roleEnum(input.role);
  assertCanAssignRole(ctx, role);
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(async (tx) => {
      const user = await insertUser(tx, { id: createId("user"), email: input.email, name: input.name, role, passwordHash, createdAt: ctx.now });
      await recordAudit(tx, ctx, { action: "user.create", resourceType: "user", resourceId: user.id, details: { email: user.email, role: input.role } });
      return toUserDto(user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "A user with this email already exists.", { param: "email" });
    throw error;
  }
}
