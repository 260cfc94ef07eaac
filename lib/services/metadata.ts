// Metadata on the way out of and into storage, shared by every resource that has it.
import { AppError } from "../errors";
import { METADATA_LIMIT } from "../schemas/metadata";

/** Metadata is validated as string → string on the way in; anything else stored is dropped on the way out. */
export function toMetadataDto(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** Stripe-style merge: sent keys are set, keys sent as null are removed, other keys are kept. */
export function mergeMetadata(current: unknown, patch: Record<string, string | null>): Record<string, string> {
  const merged = toMetadataDto(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  if (Object.keys(merged).length > METADATA_LIMIT) {
    throw new AppError("invalid_request", `metadata holds at most ${METADATA_LIMIT} keys.`, { param: "metadata" });
  }
  return merged;
}
