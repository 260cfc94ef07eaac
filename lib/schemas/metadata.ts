// Metadata: the caller's own string key-value pairs on a resource (customers, products...),
// validated the same way everywhere and filterable with `?metadata[key]=value`.
import { z } from "zod";

export const METADATA_LIMIT = 50;

const metadataKey = z
  .string()
  .min(1, { error: "metadata keys must not be empty." })
  .max(40, { error: "metadata keys must be at most 40 characters." })
  .regex(/^[A-Za-z0-9_.-]+$/, { error: "metadata keys may use letters, digits, '_', '.' and '-' only." });
const metadataValue = z.string({ error: "metadata values must be strings." }).max(500, { error: "metadata values must be at most 500 characters." });

export const metadataSchema = z
  .record(metadataKey, metadataValue)
  .refine((value) => Object.keys(value).length <= METADATA_LIMIT, { error: `metadata holds at most ${METADATA_LIMIT} keys.` })
  .meta({ description: `Your own key-value pairs (strings; at most ${METADATA_LIMIT} keys), searchable with \`metadata[key]=value\`.` });

/** PATCH: merged into the stored metadata (see mergeMetadata). */
export const metadataPatchSchema = z
  .record(metadataKey, metadataValue.nullable())
  .meta({ description: "Merged into the stored metadata: a key set to null is removed, keys not sent are kept." });

const METADATA_QUERY_KEY = /^metadata\[([^\]]*)\]$/;

/**
 * A list query schema that also takes `metadata[key]=value` filters. Query strings arrive flat
 * (`metadata[plan]=pro`): those keys are grouped into `metadata`; other unknown keys stay refused.
 */
export function withMetadataQuery<Shape extends z.ZodRawShape>(objectSchema: z.ZodObject<Shape, z.core.$strict>) {
  return z.preprocess(
    (raw) => {
      if (typeof raw !== "object" || raw === null) return raw;
      const rest: Record<string, unknown> = {};
      let metadata: Record<string, unknown> | undefined;
      for (const [key, value] of Object.entries(raw)) {
        const match = METADATA_QUERY_KEY.exec(key);
        if (match) (metadata ??= {})[match[1]!] = value;
        else rest[key] = value;
      }
      return metadata && !("metadata" in rest) ? { ...rest, metadata } : rest;
    },
    objectSchema.extend({ metadata: z.record(metadataKey, metadataValue).optional() }),
  );
}
