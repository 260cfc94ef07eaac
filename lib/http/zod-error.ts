import type { z } from "zod";
import { AppError, type ErrorDetail } from "../errors";

/** Turns a zod failure into a 400 that names the field: `param` is the dotted path of the first issue. */
export function zodToAppError(error: z.ZodError, where: "body" | "query" | "path" | "form" = "body"): AppError {
  const details: ErrorDetail[] = error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        param: [...issue.path, key].join("."),
        message: `Unknown field '${[...issue.path, key].join(".")}'.`,
        code: "unknown_field",
      }));
    }
    return [{ param: issue.path.join("."), message: issue.message, code: issue.code }];
  });
  const first = details[0] ?? { param: "", message: `Invalid ${where}.` };
  // Details keep the bare message (forms show it beside the field); the summary names the field.
  const message = first.param && !first.message.includes(first.param) ? `${first.param}: ${first.message}` : first.message;
  return new AppError("invalid_request", message, { param: first.param || undefined, details });
}
