import { z } from "zod";

/** `true` / `false` in a query string. */
export const booleanQuery = (field: string) =>
  z.enum(["true", "false"], { error: `${field} must be true or false.` }).transform((value) => value === "true");

/** Sort orders of lists of resources with a unique code: by creation (the id) or by code; a leading `-` sorts descending. */
export const CODE_SORTS = ["-created_at", "created_at", "code", "-code"] as const;
export const codeSortSchema = z
  .enum(CODE_SORTS, { error: `sort must be one of ${CODE_SORTS.join(", ")}.` })
  .default("-created_at")
  .meta({ description: "-created_at (default, newest first), created_at, code or -code. `starting_after` works with every order." });
export type CodeSort = z.infer<typeof codeSortSchema>;
