// Server actions are thin adapters: authenticate, validate with the shared zod schema,
// call one service, and return a result the form can show next to its fields.
import "server-only";
import type { z } from "zod";
import { requireAdmin } from "../auth/require-admin";
import { toAppError } from "../http/error-response";
import { zodToAppError } from "../http/zod-error";
import type { Ctx } from "../services/context";

export type ActionError = { code: string; message: string; fieldErrors?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export function actionError(error: unknown): { ok: false; error: ActionError } {
  const appError = toAppError(error);
  if (appError.code === "internal_error") {
    console.error("server action failed", appError.cause ?? error);
  }
  const fieldErrors: Record<string, string> = {};
  for (const detail of appError.details ?? []) fieldErrors[detail.param] ??= detail.message;
  if (appError.param && !fieldErrors[appError.param]) fieldErrors[appError.param] = appError.message;
  return {
    ok: false,
    error: { code: appError.code, message: appError.message, ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}) },
  };
}

/** Parses `input` with `schema`, then runs `service`, turning failures into an ActionResult. */
export async function runAction<S extends z.ZodType, T>(schema: S, input: unknown, service: (input: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return actionError(zodToAppError(parsed.error, "form"));
  try {
    return { ok: true, data: await service(parsed.data) };
  } catch (error) {
    return actionError(error);
  }
}

/** runAction as the signed-in admin (redirects to sign-in when there is none). */
export async function runAdminAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  service: (ctx: Ctx, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const ctx = await requireAdmin();
  return runAction(schema, input, (parsed) => service(ctx, parsed));
}
