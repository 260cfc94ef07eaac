// Building blocks of the OpenAPI document: every operation gets the common error responses and,
// for POST, the Idempotency-Key header.
import type { z } from "zod";
import type { ZodOpenApiOperationObject } from "zod-openapi";
import { errorResponseSchema } from "../../schemas/common";

export const json = (schema: z.ZodType) => ({ "application/json": { schema } });

export const error = (description: string) => ({ description, content: json(errorResponseSchema) });

/** Responses every authenticated operation can give. */
const commonErrors = {
  "400": error("Invalid request: malformed JSON, an unknown field or a wrong type. `param` names the field."),
  "401": error("Missing, invalid or revoked API key."),
  "403": error("The key's role does not allow this (viewer keys only read)."),
  "429": error("Too many requests."),
  "500": error("Unexpected server error; safe to retry with the same Idempotency-Key."),
};

const idempotencyHeader = {
  name: "Idempotency-Key",
  in: "header" as const,
  required: false,
  description:
    "Makes a POST safe to retry: the same key with the same request replays the first response (with `Idempotent-Replayed: true`); the same key with a different request answers 409 `idempotency_mismatch`. Keys are kept 24 hours, per API key.",
  schema: { type: "string" as const, maxLength: 255 },
};

export function operation(op: ZodOpenApiOperationObject & { method: "get" | "post" | "put" | "patch" | "delete" }): ZodOpenApiOperationObject {
  const { method, ...rest } = op;
  return {
    ...rest,
    ...(method === "post" ? { parameters: [...(rest.parameters ?? []), idempotencyHeader] } : {}),
    responses: { ...rest.responses, ...commonErrors },
  };
}

/** `metadata[key]=value` filters: one query parameter per key, as OpenAPI's deepObject style describes. */
export const metadataQueryParameter = {
  name: "metadata",
  in: "query" as const,
  required: false,
  style: "deepObject" as const,
  explode: true,
  description: "Metadata filters, e.g. `metadata[plan]=pro&metadata[region]=eu`: every pair must match exactly.",
  schema: { type: "object" as const, additionalProperties: { type: "string" as const } },
};
