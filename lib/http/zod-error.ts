import type { z } from "zod";
import { AppError, formatParam, type ErrorDetail } from "../errors";

/** Turns a zod failure into a 400 that names the field: `param` is the path of the first issue (`charges[0].key`). */
export function zodToAppError(error: z.ZodError, where: "body" | "query" | "path" | "form" = "body"): AppError {
  const details: ErrorDetail[] = error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        param: formatParam([...issue.path, key]),
        message: `Unknown field '${formatParam([...issue.path, key])}'.`,
        code: "unknown_field",
      }));
    }
    return [{ param: formatParam(issue.path), message: issue.message, code: issue.code }];
  });
  const first = details[0] ?? { param: "", message: `Invalid ${where}.` };
  // Details keep the bare message (forms show it beside the field); the summary names the field.
  const message = first.param && !first.message.includes(first.param) ? `${first.param}: ${first.message}` : first.message;
  return new AppError("invalid_request", message, { param: first.param || undefined, details });
}
