import type { z } from "zod";
import { AppError } from "../errors";
import { zodToAppError } from "./zod-error";

export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the raw body once (idempotency hashes it, parsing validates it). */
export async function readBodyText(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
  return text;
}

const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);

/** Parses a JSON object body against a strict zod schema. An empty body counts as `{}`. */
export function parseJsonBody<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
  let data: unknown = {};
  if (text.trim() !== "") {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new AppError("invalid_request", `The request body is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new AppError("invalid_request", "The request body must be a JSON object.");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw zodToAppError(parsed.error, "body");
  return parsed.data;
}

/** Query strings: repeated keys are refused rather than silently dropped. */
export function parseQuery<S extends z.ZodType>(url: URL, schema: S): z.infer<S> {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (key in query) throw new AppError("invalid_request", `Query parameter '${key}' is given more than once.`, { param: key });
    query[key] = value;
  }
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw zodToAppError(parsed.error, "query");
  return parsed.data;
}

export function parseParams<S extends z.ZodType>(params: unknown, schema: S): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw zodToAppError(parsed.error, "path");
  return parsed.data;
}
