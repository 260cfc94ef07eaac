import { z } from "zod";

/** `true` / `false` in a query string. */
export const booleanQuery = (field: string) =>
  z.enum(["true", "false"], { error: `${field} must be true or false.` }).transform((value) => value === "true");

/** Sort orders of lists of resources with a unique code: by creation (the id) or by code. */
export const codeSortSchema = z
  .enum(["created_desc", "created_asc", "code_asc", "code_desc"], { error: "sort must be created_desc, created_asc, code_asc or code_desc." })
  .default("created_desc")
  .meta({ description: "created_desc (default, newest first), created_asc, code_asc or code_desc. `starting_after` works with every order." });
export type CodeSort = z.infer<typeof codeSortSchema>;
