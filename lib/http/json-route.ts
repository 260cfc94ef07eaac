// The wrappers for JSON route handlers: request id, authentication, body reading,
// Idempotency-Key on POST, and errors in the one documented shape.
//   withApiKey: /api/v1, `Authorization: Bearer <API key>`
//   withAdmin:  /api/admin, the signed-in admin session (reads for react-query in the console)
import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "../auth/options";
import { AppError, ERROR_STATUS } from "../errors";
import { authenticateApiKey } from "../services/api-keys/authenticate-api-key";
import { getUserActor } from "../services/auth/get-user-actor";
import { newRequestId, type Actor, type Ctx } from "../services/context";
import { errorBody, errorResponse, jsonResponse, toAppError } from "./error-response";
import { readIdempotencyKey, withIdempotency, type StoredResponse } from "./idempotency";
import { readBodyText } from "./parse";

export type ApiHandlerArgs<P> = {
  ctx: Ctx;
  request: Request;
  url: URL;
  params: P;
  /** The raw body text (already read); parse it with parseJsonBody(bodyText, schema). */
  bodyText: string;
};

/**
 * A handler returns its JSON body, or `{ status, body, replayBody? }` for a status other
 * than 200 (`replayBody` is what an Idempotency-Key replay returns instead of `body`).
 */
export type ApiResult = unknown | StoredResponse;

export type ApiHandler<P> = (args: ApiHandlerArgs<P>) => Promise<ApiResult>;

/** A non-JSON answer of a GET (a CSV export, a PDF): sent as is, with the request id. */
export class RawBody {
  constructor(
    readonly text: string | Uint8Array<ArrayBuffer>,
    readonly headers: Record<string, string>,
  ) {}
}

const isWithStatus = (result: unknown): result is StoredResponse =>
  typeof result === "object" && result !== null && "status" in result && "body" in result && typeof (result as { status: unknown }).status === "number";

type Authenticate = (request: Request, now: Date) => Promise<Actor>;

function jsonRoute<P>(authenticate: Authenticate, handler: ApiHandler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = newRequestId();
    const now = new Date();
    try {
      const actor = await authenticate(request, now);
      const ctx: Ctx = { actor, now, requestId };
      const url = new URL(request.url);
      const idempotencyKey = request.method === "POST" && actor.type === "api_key" ? readIdempotencyKey(request.headers) : undefined;
      const bodyText = request.method === "GET" || request.method === "HEAD" ? "" : await readBodyText(request);
      const params = await context.params;

      const execute = async (): Promise<StoredResponse> => {
        try {
          const result = await handler({ ctx, request, url, params, bodyText });
          return isWithStatus(result) ? result : { status: 200, body: result };
        } catch (error) {
          const appError = toAppError(error);
          if (appError.code === "internal_error") throw error; // not stored: a retry may succeed
          return { status: ERROR_STATUS[appError.code], body: errorBody(appError, requestId) };
        }
      };

      if (!idempotencyKey) {
        const { status, body } = await execute();
        if (body instanceof RawBody) return new Response(body.text, { status, headers: { ...body.headers, "request-id": requestId } });
        return jsonResponse(body, status, requestId);
      }
      const result = await withIdempotency(
        { apiKeyId: actor.type === "api_key" ? actor.id : "", key: idempotencyKey, method: request.method, path: url.pathname, bodyText, now },
        execute,
      );
      return jsonResponse(result.body, result.status, requestId, result.replayed ? { "idempotent-replayed": "true" } : {});
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

export function withApiKey<P = Record<string, never>>(handler: ApiHandler<P>) {
  return jsonRoute((request, now) => authenticateApiKey(request.headers.get("authorization"), now), handler);
}

async function authenticateSession(): Promise<Actor> {
  const userId = (await getServerSession(authOptions))?.user?.id;
  const actor = userId ? await getUserActor(userId) : null;
  if (!actor) throw new AppError("unauthenticated", "Sign in to the admin console first.");
  return actor;
}

export function withAdmin<P = Record<string, never>>(handler: ApiHandler<P>) {
  return jsonRoute(authenticateSession, handler);
}
