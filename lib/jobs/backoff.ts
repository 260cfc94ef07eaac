// How long a failed job waits before its next attempt: 5 s, 10 s, 20 s, … doubling up to
// 1 h, each spread by ±20% so jobs that failed together (an outage) do not retry together.

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 60 * 60 * 1000;
const JITTER = 0.2;

/**
 * Delay after failed attempt number `attempt` (1 for the first). With a seed (the job id)
 * the jitter is a hash of seed and attempt, so the same job always gets the same delays;
 * without one it is random. The cap applies before the jitter, so retries at the cap still spread.
 */
export function retryDelayMs(attempt: number, seed?: string): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be an integer >= 1, got ${attempt}`);
  const base = Math.min(BASE_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);
  const unit = seed === undefined ? Math.random() : hashToUnit(`${seed}:${attempt}`);
  return Math.round(base * (1 + JITTER * (2 * unit - 1)));
}

/** FNV-1a 32-bit hash mapped to [0, 1). */
function hashToUnit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}
