// `Idempotency-Key` on POST (Stripe semantics): the first request's status and body are
// stored per API key; the same key with the same request replays them; with a different
// request it answers 409 idempotency_mismatch. Keys are kept for 24 hours.
import { createHash } from "node:crypto";
import { prisma } from "../db/client";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
  restartIdempotencyKey,
} from "../db/idempotency-keys";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claimed key whose request has not finished after this long is taken to be abandoned (crash). */
const ABANDONED_AFTER_MS = 60 * 1000;

/** `replayBody`, when given, is what gets stored and replayed instead of `body` (e.g. without a secret). */
export type StoredResponse = { status: number; body: unknown; replayBody?: unknown };

/**
 * As Stripe does, only requests that ran are stored: a request refused before it ran
 * (invalid, unauthorised, too large, rate limited) or a server error frees the key, so a
 * corrected retry with the same key can run.
 */
const NOT_STORED = new Set([400, 401, 403, 413, 429]);
const isStored = (status: number) => status < 500 && !NOT_STORED.has(status);

export function readIdempotencyKey(headers: Headers): string | undefined {
  const key = headers.get("idempotency-key");
  if (key === null) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new AppError("invalid_request", "Idempotency-Key must be 1 to 255 visible ASCII characters.", { param: "Idempotency-Key" });
  }
  return key;
}

/** Same JSON in any key order or spacing hashes the same. */
export function requestFingerprint(method: string, path: string, bodyText: string): string {
  let canonical = bodyText;
  try {
    canonical = bodyText.trim() === "" ? "{}" : JSON.stringify(sortKeys(JSON.parse(bodyText)));
  } catch {
    // not JSON: hash the raw text; the handler will reject it anyway
  }
  return createHash("sha256").update(`${method} ${path}\n${canonical}`).digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/**
 * Runs `execute` at most once per (API key, idempotency key). Returns the response to send
 * and whether it is a replay.
 */
export async function withIdempotency(
  args: { apiKeyId: string; key: string; method: string; path: string; bodyText: string; now: Date },
  execute: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const db = prisma();
  const requestHash = requestFingerprint(args.method, args.path, args.bodyText);
  let claimed = await claimIdempotencyKey(db, { apiKeyId: args.apiKeyId, key: args.key, method: args.method, path: args.path, requestHash, createdAt: args.now });

  if (!claimed) {
    const existing = await findIdempotencyKey(db, args.apiKeyId, args.key);
    if (!existing) throw new AppError("conflict", "This Idempotency-Key is being reset; retry the request.");
    const age = args.now.getTime() - existing.createdAt.getTime();
    const expired = age > IDEMPOTENCY_TTL_MS;
    if (!expired && existing.requestHash !== requestHash) {
      throw new AppError("idempotency_mismatch", "This Idempotency-Key was already used with a different request. Use a new key for a new request.", {
        param: "Idempotency-Key",
      });
    }
    if (!expired && existing.statusCode !== null) {
      return { status: existing.statusCode, body: existing.responseBody, replayed: true };
    }
    if (!expired && age < ABANDONED_AFTER_MS) {
      throw new AppError("conflict", "A request with this Idempotency-Key is still in progress. Retry in a moment.", { param: "Idempotency-Key" });
    }
    if (!(await restartIdempotencyKey(db, existing, { requestHash, method: args.method, path: args.path, now: args.now }))) {
      throw new AppError("conflict", "A request with this Idempotency-Key is still in progress. Retry in a moment.", { param: "Idempotency-Key" });
    }
    claimed = { ...existing, requestHash, createdAt: args.now, statusCode: null, responseBody: null };
  }

  let response: StoredResponse;
  try {
    response = await execute();
  } catch (error) {
    await releaseIdempotencyKey(db, claimed.id);
    throw error;
  }
  if (isStored(response.status)) {
    const stored = (response.replayBody ?? response.body) as Prisma.InputJsonValue;
    await completeIdempotencyKey(db, claimed.id, { statusCode: response.status, responseBody: stored, now: args.now });
  } else {
    await releaseIdempotencyKey(db, claimed.id);
  }
  return { status: response.status, body: response.body, replayed: false };
}
