// Metadata PATCH semantics shared by the resources that carry metadata.
import { AppError } from "../errors";
import { METADATA_LIMIT } from "../schemas/customer";

/** Stripe-style merge: sent keys are set, keys sent as null are removed, other keys are kept. */
export function mergeMetadata(current: unknown, patch: Record<string, string | null>): Record<string, string> {
  const merged: Record<string, string> = {};
  if (typeof current === "object" && current !== null && !Array.isArray(current)) {
    for (const [key, value] of Object.entries(current)) if (typeof value === "string") merged[key] = value;
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  if (Object.keys(merged).length > METADATA_LIMIT) {
    throw new AppError("invalid_request", `metadata holds at most ${METADATA_LIMIT} keys.`, { param: "metadata" });
  }
  return merged;
}
