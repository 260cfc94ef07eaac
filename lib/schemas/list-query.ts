import { z } from "zod";
import { metadataSchema } from "./customer";

const METADATA_QUERY_KEY = /^metadata\[([^\]]*)\]$/;

/** The `metadata` member of a list query schema. */
export const metadataQuerySchema = metadataSchema.optional();

/**
 * A list query that also accepts `metadata[key]=value` filters. Query strings arrive flat, so those
 * keys are grouped into `metadata` before `schema` (strict, with a `metadata` member) parses.
 */
export function withMetadataQuery<S extends z.ZodType>(schema: S) {
  return z.preprocess((raw) => {
    if (typeof raw !== "object" || raw === null) return raw;
    const rest: Record<string, unknown> = {};
    let metadata: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(raw)) {
      const match = METADATA_QUERY_KEY.exec(key);
      if (match) (metadata ??= {})[match[1]!] = value;
      else rest[key] = value;
    }
    return metadata && !("metadata" in rest) ? { ...rest, metadata } : rest;
  }, schema);
}

/** `true` / `false` in a query string. */
export const booleanQuery = (field: string) =>
  z.enum(["true", "false"], { error: `${field} must be true or false.` }).transform((value) => value === "true");

/** Sort orders of lists of resources with a unique code: by creation (the id) or by code. */
export const codeSortSchema = z
  .enum(["created_desc", "created_asc", "code_asc", "code_desc"], { error: "sort must be created_desc, created_asc, code_asc or code_desc." })
  .default("created_desc")
  .meta({ description: "created_desc (default, newest first), created_asc, code_asc or code_desc. `starting_after` works with every order." });
export type CodeSort = z.infer<typeof codeSortSchema>;
