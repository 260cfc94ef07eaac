// The only place that chooses an HTTP status for an error (see ERROR_STATUS in lib/errors.ts).
import { ZodError } from "zod";
import { BillingError } from "../billing/errors";
import { isUniqueViolation } from "../db/errors";
import { AppError, ERROR_STATUS } from "../errors";
import { zodToAppError } from "./zod-error";

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return zodToAppError(error);
  if (error instanceof BillingError && error.code === "invalid_transition") return new AppError("invalid_state", error.message);
  if (error instanceof BillingError && error.code !== "invoice_invariant_violated") {
    // An invariant violation is our bug, not the caller's input: it stays a 500.
    const issues = (error.details?.issues as { path: string; message: string }[] | undefined) ?? [];
    return new AppError("unprocessable", error.message, {
      param: issues[0]?.path,
      details: issues.map((issue) => ({ param: issue.path, message: issue.message })),
    });
  }
  if (isUniqueViolation(error)) return new AppError("conflict", "This conflicts with an existing record.");
  return new AppError("internal_error", "Something went wrong on our side. It has been logged; retrying is safe.", { cause: error });
}

export function errorBody(error: AppError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.param ? { param: error.param } : {}),
      ...(error.details?.length ? { details: error.details } : {}),
      request_id: requestId,
    },
  };
}

export function errorResponse(error: unknown, requestId: string): Response {
  const appError = toAppError(error);
  if (appError.code === "internal_error") {
    console.error(`[${requestId}] unexpected error`, appError.cause ?? error);
  }
  return jsonResponse(errorBody(appError, requestId), ERROR_STATUS[appError.code], requestId);
}

export function jsonResponse(body: unknown, status: number, requestId: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "request-id": requestId, ...headers },
  });
}
