import "server-only";
import { hashApiKeySecret, looksLikeApiKey } from "../../auth/api-key-secret";
import { findApiKeyBySecretHash, updateApiKey, type ApiKeyRow } from "../../db/api-keys";
import { prisma } from "../../db/client";
import { AppError } from "../../errors";
import type { Actor } from "../context";
import { processCache } from "../process-cache";

const LAST_USED_RESOLUTION_MS = 60_000; // write lastUsedAt at most once a minute per key

/**
 * Keys by secret hash, cached per process (lib/services/process-cache.ts): a key revoked in this
 * process is refused at once, one revoked from another process after at most API_KEY_TTL_MS.
 * Unknown secrets are not cached (a key created elsewhere works at once).
 */
export const API_KEY_TTL_MS = 5_000;
const keys = processCache<string, ApiKeyRow | null>("api-keys", API_KEY_TTL_MS);

/** Resolves `Authorization: Bearer <secret>` to an actor, or throws unauthenticated. */
export async function authenticateApiKey(authorization: string | null, now: Date): Promise<Extract<Actor, { type: "api_key" }>> {
  if (!authorization?.trim()) {
    throw new AppError("unauthenticated", "Missing API key. Send it as `Authorization: Bearer <key>`.");
  }
  const match = authorization.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) {
    throw new AppError("unauthenticated", "Malformed Authorization header. Send the API key as `Authorization: Bearer <key>`.");
  }
  const secret = match[1]!;
  const secretHash = looksLikeApiKey(secret) ? hashApiKeySecret(secret) : null;
  const key = secretHash ? await keys.get(secretHash, () => findApiKeyBySecretHash(prisma(), secretHash)) : null;
  if (!key) throw new AppError("unauthenticated", "Invalid API key.");
  if (key.revokedAt) throw new AppError("unauthenticated", "This API key has been revoked.");
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await updateApiKey(prisma(), key.id, { lastUsedAt: now });
    key.lastUsedAt = now; // the cached row too
  }
  return { type: "api_key", id: key.id, name: key.name, role: key.role };
}

/** After a key is revoked in this process. */
export function forgetApiKeys(): void {
  keys.invalidate();
}
