import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: "Enter a valid email address." }));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(12, { error: "Use at least 12 characters." })
  .max(256, { error: "Use at most 256 characters." });

export const nameSchema = z.string({ error: "Enter a name." }).trim().min(1, { error: "Enter a name." }).max(100);

/** Roles as the API and forms spell them; the database stores the upper-case enum. */
export const roleSchema = z.enum(["owner", "admin", "viewer"]).meta({ id: "Role", description: "owner: everything; admin: everything but owners; viewer: read only" });
export type RoleName = z.infer<typeof roleSchema>;

export const paginationQuerySchema = z
  .object({
    limit: z.coerce
      .number({ error: "limit must be a whole number from 1 to 100." })
      .int({ error: "limit must be a whole number from 1 to 100." })
      .min(1, { error: "limit must be a whole number from 1 to 100." })
      .max(100, { error: "limit must be a whole number from 1 to 100." })
      .default(10)
      .meta({ description: "How many objects to return, 1 to 100 (default 10)." }),
    starting_after: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "A cursor: the `next_cursor` of the previous page (the id of its last object)." }),
  })
  .strict();
export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

export function listResponseSchema<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      object: z.literal("list"),
      data: z.array(item),
      has_more: z.boolean(),
      next_cursor: z.string().nullable().meta({ description: "Pass as `starting_after` to get the next page; null on the last page." }),
    })
    .meta({ id });
}

export type ListResponse<T> = { object: "list"; data: T[]; has_more: boolean; next_cursor: string | null };

/** Builds a page from `limit + 1` rows fetched newest first. */
export function toPage<Row, Dto>(rows: Row[], limit: number, cursorOf: (row: Row) => string, toDto: (row: Row) => Dto): ListResponse<Dto> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const hasMore = rows.length > limit;
  return { object: "list", data: page.map(toDto), has_more: hasMore, next_cursor: hasMore && last ? cursorOf(last) : null };
}

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "invalid_request",
        "unauthenticated",
        "forbidden",
        "not_found",
        "conflict",
        "idempotency_mismatch",
        "invalid_state",
        "payload_too_large",
        "unprocessable",
        "rate_limited",
        "internal_error",
      ]),
      message: z.string(),
      param: z.string().optional().meta({ description: "The request field at fault, as a dotted path." }),
      details: z.array(z.object({ param: z.string(), message: z.string(), code: z.string().optional() })).optional(),
      request_id: z.string(),
    }),
  })
  .meta({ id: "Error" });

export const isoDate = (date: Date) => date.toISOString();
export const isoDateOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/** A required, trimmed, non-empty string with messages that name the field. */
export const requiredText = (field: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required.` : `${field} must be a string.`) })
    .trim()
    .min(1, { error: `${field} must not be empty.` })
    .max(max, { error: `${field} must be at most ${max} characters.` });
