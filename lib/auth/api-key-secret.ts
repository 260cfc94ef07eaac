// API key secrets: 200 random bits behind a recognisable `bk_` prefix. Only a SHA-256
// digest is stored; a fast hash is right here because the secret is high-entropy.
import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
export const API_KEY_PREFIX = "bk_";
const SECRET_LENGTH = 40;
const VISIBLE_LENGTH = API_KEY_PREFIX.length + 8;

export function generateApiKeySecret(): string {
  const bytes = randomBytes(SECRET_LENGTH);
  let body = "";
  // 252 is the largest multiple of 36 below 256: rejecting above it keeps the choice uniform.
  for (let i = 0; body.length < SECRET_LENGTH; i++) {
    const byte = i < bytes.length ? bytes[i]! : randomBytes(1)[0]!;
    if (byte < 252) body += ALPHABET[byte % 36];
  }
  return API_KEY_PREFIX + body;
}

export function hashApiKeySecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function visiblePrefix(secret: string): string {
  return secret.slice(0, VISIBLE_LENGTH);
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(API_KEY_PREFIX) && value.length >= VISIBLE_LENGTH && value.length <= 200;
}
