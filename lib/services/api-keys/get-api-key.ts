import "server-only";
import { findApiKeyById } from "../../db/api-keys";
import { prisma } from "../../db/client";
import { notFound } from "../../errors";
import type { ApiKeyDto } from "../../schemas/api-key";
import type { Ctx } from "../context";
import { toApiKeyDto } from "../dto";

export async function getApiKey(_ctx: Ctx, apiKeyId: string): Promise<ApiKeyDto> {
  const key = await findApiKeyById(prisma(), apiKeyId);
  if (!key) throw notFound("api_key", apiKeyId);
  return toApiKeyDto(key);
}
