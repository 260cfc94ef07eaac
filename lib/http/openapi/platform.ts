// Identity, API keys, audit log and price previews.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { apiKeyDtoSchema, apiKeyIdParamsSchema, apiKeyListSchema, createApiKeySchema, createdApiKeyDtoSchema, meDtoSchema, revokeApiKeySchema } from "../../schemas/api-key";
import { auditLogListSchema, listAuditLogQuerySchema } from "../../schemas/audit-log";
import { paginationQuerySchema } from "../../schemas/common";
import { planPricePreviewDtoSchema, pricePreviewDtoSchema, pricePreviewRequestDocSchema } from "../../schemas/price-preview";
import { error, json, operation } from "./operation";

export const platformPaths: ZodOpenApiPathsObject = {
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
        "Prices an inline charge definition (`charge`: model, properties, currency) for a quantity, or for a list of transaction amounts (percentage model), and returns the amount with its breakdown. Or, with `plan_id` and `currency`, prices every charge of a plan's current version (quantities and transactions per charge key; `customer_id` applies that customer's price overrides) and returns each charge and the total. Nothing is stored. Amounts are computed exactly and rounded once per charge, half up, to the currency's minor unit.",
      requestBody: { required: true, content: json(pricePreviewRequestDocSchema) },
      responses: {
        "200": { description: "The amount and its breakdown (`price_preview`), or each charge and the total (`plan_price_preview`).", content: json(z.union([pricePreviewDtoSchema, planPricePreviewDtoSchema])) },
        "422": error("The definition is invalid (overlapping tiers, a negative rate, package size 0, minimum above maximum…), or the plan, currency, customer or a charge key is unknown; `param` names the field."),
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
