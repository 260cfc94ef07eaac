// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes
// validate with. A test checks that every route file has an operation here and back.
import type { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { apiKeyDtoSchema, apiKeyIdParamsSchema, apiKeyListSchema, createApiKeySchema, createdApiKeyDtoSchema, meDtoSchema, revokeApiKeySchema } from "../schemas/api-key";
import { auditLogListSchema, listAuditLogQuerySchema } from "../schemas/audit-log";
import { errorResponseSchema, paginationQuerySchema } from "../schemas/common";
import {
  contactParamsSchema,
  createCustomerContactSchema,
  createCustomerSchema,
  customerContactDtoSchema,
  customerContactListSchema,
  customerDtoSchema,
  customerIdParamsSchema,
  customerListSchema,
  customerStatusChangeSchema,
  deletedCustomerContactDtoSchema,
  externalRefParamsSchema,
  listCustomersQueryObjectSchema,
  updateCustomerSchema,
} from "../schemas/customer";
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

function operation(op: ZodOpenApiOperationObject & { method: "get" | "post" | "patch" | "delete" }): ZodOpenApiOperationObject {
  const { method, ...rest } = op;
  return {
    ...rest,
    ...(method === "post" ? { parameters: [...(rest.parameters ?? []), idempotencyHeader] } : {}),
    responses: { ...rest.responses, ...commonErrors },
  };
}

/** `metadata[key]=value` filters: one query parameter per key, as OpenAPI's deepObject style describes. */
const metadataQueryParameter = {
  name: "metadata",
  in: "query" as const,
  required: false,
  style: "deepObject" as const,
  explode: true,
  description: "Metadata filters, e.g. `metadata[plan]=pro&metadata[region]=eu`: every pair must match exactly.",
  schema: { type: "object" as const, additionalProperties: { type: "string" as const } },
};

const customerNotFound = error("No customer with this id.");
const customerStatusChange = (change: "disable" | "enable" | "archive", summary: string, description: string) =>
  operation({
    method: "post",
    operationId: `${change}Customer`,
    tags: ["Customers"],
    summary,
    description,
    requestParams: { path: customerIdParamsSchema },
    requestBody: { required: false, content: json(customerStatusChangeSchema) },
    responses: {
      "200": { description: "The customer in its new status.", content: json(customerDtoSchema) },
      "404": customerNotFound,
      "409": error("The customer's status does not allow this (`invalid_state`), or the Idempotency-Key was reused with another request."),
    },
  });

const customerPaths: ZodOpenApiPathsObject = {
  "/customers": {
    get: operation({
      method: "get",
      operationId: "listCustomers",
      tags: ["Customers"],
      summary: "List customers",
      description: "Newest first, with cursor pagination. Filters combine with AND.",
      requestParams: { query: listCustomersQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "A page of customers.", content: json(customerListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createCustomer",
      tags: ["Customers"],
      summary: "Create a customer",
      requestBody: { required: true, content: json(createCustomerSchema) },
      responses: {
        "201": { description: "The new customer.", content: json(customerDtoSchema) },
        "409": error("Another customer has this `external_ref` (`conflict`, `param: external_ref`), or the Idempotency-Key was reused."),
      },
    }),
  },
  "/customers/by_external_ref/{externalRef}": {
    get: operation({
      method: "get",
      operationId: "getCustomerByExternalRef",
      tags: ["Customers"],
      summary: "Retrieve a customer by external reference",
      requestParams: { path: externalRefParamsSchema },
      responses: { "200": { description: "The customer.", content: json(customerDtoSchema) }, "404": error("No customer with this external_ref.") },
    }),
  },
  "/customers/{customerId}": {
    get: operation({
      method: "get",
      operationId: "getCustomer",
      tags: ["Customers"],
      summary: "Retrieve a customer",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The customer.", content: json(customerDtoSchema) }, "404": customerNotFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateCustomer",
      tags: ["Customers"],
      summary: "Update a customer",
      description: "Only the fields sent change; null clears an optional field. `metadata` is merged: a key set to null is removed.",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(updateCustomerSchema) },
      responses: {
        "200": { description: "The updated customer.", content: json(customerDtoSchema) },
        "404": customerNotFound,
        "409": error("Another customer has this `external_ref` (`conflict`), or the customer is archived (`invalid_state`)."),
      },
    }),
  },
  "/customers/{customerId}/disable": {
    post: customerStatusChange("disable", "Disable a customer", "An active customer becomes disabled: kept and readable, but not to be billed anew."),
  },
  "/customers/{customerId}/enable": {
    post: customerStatusChange("enable", "Enable a customer", "A disabled customer becomes active again."),
  },
  "/customers/{customerId}/archive": {
    post: customerStatusChange("archive", "Archive a customer", "An active or disabled customer becomes archived: read-only, and final."),
  },
  "/customers/{customerId}/contacts": {
    get: operation({
      method: "get",
      operationId: "listCustomerContacts",
      tags: ["Customers"],
      summary: "List a customer's contacts",
      description: "All contacts, in the order they were added (never more than one page).",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The contacts.", content: json(customerContactListSchema) }, "404": customerNotFound },
    }),
    post: operation({
      method: "post",
      operationId: "createCustomerContact",
      tags: ["Customers"],
      summary: "Add a contact",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(createCustomerContactSchema) },
      responses: {
        "201": { description: "The new contact.", content: json(customerContactDtoSchema) },
        "404": customerNotFound,
        "409": error("The customer is archived (`invalid_state`), or the Idempotency-Key was reused with another request."),
      },
    }),
  },
  "/customers/{customerId}/contacts/{contactId}": {
    delete: operation({
      method: "delete",
      operationId: "deleteCustomerContact",
      tags: ["Customers"],
      summary: "Remove a contact",
      requestParams: { path: contactParamsSchema },
      responses: {
        "200": { description: "The contact was removed.", content: json(deletedCustomerContactDtoSchema) },
        "404": error("No such customer, or no such contact on this customer."),
        "409": error("The customer is archived (`invalid_state`)."),
      },
    }),
  },
};

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
  ...customerPaths,
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
