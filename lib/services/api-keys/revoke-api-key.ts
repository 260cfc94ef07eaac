import "server-only";
import { findApiKeyById, updateApiKey } from "../../db/api-keys";
import { AppError, notFound } from "../../errors";
import type { ApiKeyDto } from "../../schemas/api-key";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { forgetApiKeys } from "./authenticate-api-key";
import { toApiKeyDto } from "../dto";
import { inTransaction } from "../transaction";

/** A revoked key is refused from its next request on; revoking is final. */
export async function revokeApiKey(ctx: Ctx, apiKeyId: string): Promise<ApiKeyDto> {
  assertCanWrite(ctx);
  const dto = await inTransaction(async (tx) => {
    const key = await findApiKeyById(tx, apiKeyId);
    if (!key) throw notFound("api_key", apiKeyId);
    if (key.revokedAt) throw new AppError("invalid_state", "This API key is already revoked.");
    const revoked = await updateApiKey(tx, key.id, { revokedAt: ctx.now });
    await recordAudit(tx, ctx, { action: "api_key.revoke", resourceType: "api_key", resourceId: key.id, details: { name: key.name } });
    return toApiKeyDto(revoked);
  });
  forgetApiKeys();
  return dto;
}
