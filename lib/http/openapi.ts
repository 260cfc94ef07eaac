// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes
// validate with. A test checks that every route file has an operation here and back.
import type { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { apiKeyDtoSchema, apiKeyIdParamsSchema, apiKeyListSchema, createApiKeySchema, createdApiKeyDtoSchema, meDtoSchema, revokeApiKeySchema } from "../schemas/api-key";
import { auditLogListSchema, listAuditLogQuerySchema } from "../schemas/audit-log";
import { errorResponseSchema, paginationQuerySchema } from "../schemas/common";
import { createPricePreviewSchema, pricePreviewDtoSchema } from "../schemas/price-preview";
import { BILLOW_VERSION } from "../version";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

const error = (description: string) => ({ description, content: json(errorResponseSchema) });

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

function operation(op: ZodOpenApiOperationObject & { method: "get" | "post" }): ZodOpenApiOperationObject {
  const { method, ...rest } = op;
  return {
    ...rest,
    ...(method === "post" ? { parameters: [...(rest.parameters ?? []), idempotencyHeader] } : {}),
    responses: { ...rest.responses, ...commonErrors },
  };
}

const paths: ZodOpenApiPathsObject = {
  "/me": {
    get: operation({
      method: "get",
      operationId: "getMe",
      tags: ["Identity"],
      summary: "The calling API key",
      description: "Returns the API key the request was made with, to check a key and see its role.",
      responses: { "200": { description: "The key's identity.", content: json(meDtoSchema) } },
    }),
  },
  "/api_keys": {
    get: operation({
      method: "get",
      operationId: "listApiKeys",
      tags: ["API keys"],
      summary: "List API keys",
      description: "Newest first, with cursor pagination. Secrets are never returned.",
      requestParams: { query: paginationQuerySchema },
      responses: { "200": { description: "A page of keys.", content: json(apiKeyListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createApiKey",
      tags: ["API keys"],
      summary: "Create an API key",
      description: "The response holds the secret, the only time it is shown. Only its SHA-256 digest is stored.",
      requestBody: { required: true, content: json(createApiKeySchema) },
      responses: { "201": { description: "The new key with its secret.", content: json(createdApiKeyDtoSchema) } },
    }),
  },
  "/api_keys/{apiKeyId}": {
    get: operation({
      method: "get",
      operationId: "getApiKey",
      tags: ["API keys"],
      summary: "Retrieve an API key",
      requestParams: { path: apiKeyIdParamsSchema },
      responses: { "200": { description: "The key.", content: json(apiKeyDtoSchema) }, "404": error("No key with this id.") },
    }),
  },
  "/api_keys/{apiKeyId}/revoke": {
    post: operation({
      method: "post",
      operationId: "revokeApiKey",
      tags: ["API keys"],
      summary: "Revoke an API key",
      description: "The key is refused from its next request on. Revoking is final.",
      requestParams: { path: apiKeyIdParamsSchema },
      requestBody: { required: false, content: json(revokeApiKeySchema) },
      responses: {
        "200": { description: "The revoked key.", content: json(apiKeyDtoSchema) },
        "404": error("No key with this id."),
        "409": error("The key is already revoked (`invalid_state`), or the Idempotency-Key was reused with another request."),
      },
    }),
  },
  "/price_previews": {
    post: operation({
      method: "post",
      operationId: "createPricePreview",
      tags: ["Pricing"],
      summary: "Preview a price",
      description:
        "Prices an inline charge definition (model, properties, currency) for a quantity, or for a list of transaction amounts (percentage model), and returns the amount with its breakdown. Nothing is stored. Amounts are computed exactly and rounded once, half up, to the currency's minor unit.",
      requestBody: { required: true, content: json(createPricePreviewSchema) },
      responses: {
        "200": { description: "The amount and its breakdown.", content: json(pricePreviewDtoSchema) },
        "422": error("The definition is invalid (overlapping tiers, a negative rate, package size 0, minimum above maximum…); `param` names the field."),
      },
    }),
  },
  "/audit_logs": {
    get: operation({
      method: "get",
      operationId: "listAuditLogs",
      tags: ["Audit log"],
      summary: "List audit log entries",
      description: "Every write through Billow's services: who (user, API key or system), what, and when. Newest first.",
      requestParams: { query: listAuditLogQuerySchema },
      responses: { "200": { description: "A page of entries.", content: json(auditLogListSchema) } },
    }),
  },
};

export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Billow API",
      version: BILLOW_VERSION,
      description:
        "Billow's REST API. Authenticate with `Authorization: Bearer <API key>`. Amounts are integer minor units with a currency. Lists use cursor pagination (`limit`, `starting_after`, `has_more`, `next_cursor`). Every response carries a `Request-Id` header; errors have the shape `{ error: { code, message, param?, details?, request_id } }`.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key (`bk_…`) from Settings › API keys." } },
    },
    paths,
  });
}
