// Random discount codes people can read out and type: no 0/O or 1/I/L look-alikes.
import { randomBytes } from "node:crypto";

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // 31 symbols
export const RANDOM_PART_LENGTH = 10; // 31^10 ≈ 8·10^14 codes per prefix: collisions are rare, and retried

/** One code: the prefix, then random symbols (rejection sampling keeps every symbol equally likely). */
export function randomCode(prefix = "", random: (size: number) => Uint8Array = randomBytes): string {
  let body = "";
  while (body.length < RANDOM_PART_LENGTH) {
    for (const byte of random(RANDOM_PART_LENGTH * 2)) {
      if (byte < 248 && body.length < RANDOM_PART_LENGTH) body += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return `${prefix}${body}`;
}

/**
 * `count` distinct codes that `findTaken` does not report. It is asked about each batch of candidates (the
 * database check); candidates that collide are drawn again, a bounded number of times.
 */
export async function uniqueCodes(
  count: number,
  prefix: string,
  findTaken: (candidates: string[]) => Promise<Set<string>>,
  draw: () => string = () => randomCode(prefix),
): Promise<string[]> {
  const accepted = new Set<string>();
  for (let attempt = 0; attempt < 20 && accepted.size < count; attempt++) {
    const needed = count - accepted.size;
    const candidates = new Set<string>();
    for (let draws = 0; candidates.size < needed && draws < needed * 4; draws++) {
      const code = draw();
      if (!accepted.has(code)) candidates.add(code);
    }
    const taken = await findTaken([...candidates]);
    for (const code of candidates) if (!taken.has(code)) accepted.add(code);
  }
  if (accepted.size < count) throw new Error(`Could not draw ${count} unused codes; the code space of this prefix is exhausted.`);
  return [...accepted];
}
