"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { apiKeyIdParamsSchema, createApiKeySchema } from "@/lib/schemas/api-key";
import { createApiKey } from "@/lib/services/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/services/api-keys/revoke-api-key";

const API_KEYS_PATH = "/settings/api-keys";

export async function createApiKeyAction(input: unknown) {
  const result = await runAdminAction(createApiKeySchema, input, createApiKey);
  if (result.ok) revalidatePath(API_KEYS_PATH);
  return result;
}

export async function revokeApiKeyAction(input: unknown) {
  const result = await runAdminAction(apiKeyIdParamsSchema, input, (ctx, { apiKeyId }) => revokeApiKey(ctx, apiKeyId));
  if (result.ok) revalidatePath(API_KEYS_PATH);
  return result;
}
