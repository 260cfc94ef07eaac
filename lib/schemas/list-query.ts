import { z } from "zod";

/** `true` / `false` in a query string. */
export const booleanQuery = (field: string) =>
  z.enum(["true", "false"], { error: `${field} must be true or false.` }).transform((value) => value === "true");
