// One error type for expected failures. lib/http/error-response.ts maps codes to HTTP
// statuses; server actions show the message next to the form.
export const ERROR_STATUS = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  idempotency_mismatch: 409,
  invalid_state: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorDetail = { param: string; message: string; code?: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly param?: string;
  readonly details?: ErrorDetail[];

  constructor(code: ErrorCode, message: string, options: { param?: string; details?: ErrorDetail[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.param = options.param;
    this.details = options.details;
  }
}

/** A request field's path as errors name it: object keys dotted, array indexes bracketed (`charges[0].prices.EUR.tiers[1].up_to`). */
export function formatParam(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === "number") return `${out}[${String(segment)}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, "");
}

export const notFound = (resource: string, id?: string) =>
  new AppError("not_found", id ? `No ${resource} with id '${id}'.` : `No such ${resource}.`, id ? { param: "id" } : {});
