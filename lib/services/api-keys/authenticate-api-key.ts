import "server-only";
import { hashApiKeySecret, looksLikeApiKey } from "../../auth/api-key-secret";
import { findApiKeyBySecretHash, updateApiKey } from "../../db/api-keys";
import { prisma } from "../../db/client";
import { AppError } from "../../errors";
import type { Actor } from "../context";

const LAST_USED_RESOLUTION_MS = 60_000; // write lastUsedAt at most once a minute per key

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
  const key = looksLikeApiKey(secret) ? await findApiKeyBySecretHash(prisma(), hashApiKeySecret(secret)) : null;
  if (!key) throw new AppError("unauthenticated", "Invalid API key.");
  if (key.revokedAt) throw new AppError("unauthenticated", "This API key has been revoked.");
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await updateApiKey(prisma(), key.id, { lastUsedAt: now });
  }
  return { type: "api_key", id: key.id, name: key.name, role: key.role };
}
