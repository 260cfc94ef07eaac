import "server-only";
import { generateApiKeySecret, hashApiKeySecret, visiblePrefix } from "../../auth/api-key-secret";
import { insertApiKey } from "../../db/api-keys";
import { createId } from "../../ids";
import type { CreateApiKeyInput, CreatedApiKeyDto } from "../../schemas/api-key";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { roleEnum, toApiKeyDto } from "../dto";
import { inTransaction } from "../transaction";

/**
 * Creates a key and returns its secret, the only time it is ever visible.
 * `secret` may be given by the operator (bootstrap key from the environment).
 */
export async function createApiKey(ctx: Ctx, input: CreateApiKeyInput, secret = generateApiKeySecret()): Promise<CreatedApiKeyDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const key = await insertApiKey(tx, {
      id: createId("apiKey"),
      name: input.name,
      prefix: visiblePrefix(secret),
      secretHash: hashApiKeySecret(secret),
      role: roleEnum(input.role),
      createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: "api_key.create", resourceType: "api_key", resourceId: key.id, details: { name: key.name, role: input.role } });
    return { ...toApiKeyDto(key), secret };
  });
}
