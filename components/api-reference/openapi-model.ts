// The parts of an OpenAPI 3.1 document the reference page renders, typed loosely (the
// document itself is built by lib/http/openapi/), and pure helpers to read them.

export type SchemaObject = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
};

export type ParameterObject = { name: string; in: string; required?: boolean; description?: string; schema?: SchemaObject };

type Content = Record<string, { schema?: SchemaObject }>;

export type OperationObject = {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; description?: string; content?: Content };
  responses?: Record<string, { description?: string; content?: Content }>;
};

const HTTP_METHODS = ["get", "post", "put", "patch", "delete"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type OpenApiDocument = {
  info?: { title?: string; version?: string; description?: string };
  servers?: { url: string }[];
  paths?: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  components?: { schemas?: Record<string, SchemaObject> };
};

export type Endpoint = { method: HttpMethod; path: string; operation: OperationObject; anchor: string };

/** Endpoints grouped by their first tag, in the document's order. */
export function endpointsByTag(document: OpenApiDocument): [tag: string, endpoints: Endpoint[]][] {
  const groups = new Map<string, Endpoint[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? "Other";
      const anchor = `op-${operation.operationId ?? `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-")}`;
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation, anchor }]);
    }
  }
  return [...groups];
}

const REF_PREFIX = "#/components/schemas/";

export const refName = (schema: SchemaObject) => (schema.$ref?.startsWith(REF_PREFIX) ? schema.$ref.slice(REF_PREFIX.length) : undefined);

export const schemaAnchor = (name: string) => `schema-${name}`;

/** Follows a `#/components/schemas/…` reference; other schemas are returned as they are. */
export function resolveSchema(document: OpenApiDocument, schema: SchemaObject): SchemaObject {
  const name = refName(schema);
  return (name && document.components?.schemas?.[name]) || schema;
}

/** The object schema behind a (possibly referenced) schema, if it has properties to list. */
export function objectSchema(document: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  const resolved = schema && resolveSchema(document, schema);
  return resolved && Object.keys(resolved.properties ?? {}).length > 0 ? resolved : undefined;
}

/** The JSON schema of a request body or response, if it is JSON. */
export const jsonSchemaOf = (content: Content | undefined) => content?.["application/json"]?.schema;

/** A plausible value for a schema: its example, default or first allowed value, else a placeholder. */
export function exampleValue(document: OpenApiDocument, schema: SchemaObject, name = "value", depth = 0): unknown {
  const resolved = resolveSchema(document, schema);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.default !== undefined) return resolved.default;
  if (resolved.const !== undefined) return resolved.const;
  if (resolved.enum?.length) return resolved.enum[0];
  const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== "null") : resolved.type;
  switch (type) {
    case "integer":
    case "number":
      return 0;
    case "boolean":
      return false;
    case "array":
      return resolved.items && depth < 3 ? [exampleValue(document, resolved.items, name, depth + 1)] : [];
    case "object":
      return depth < 3 ? exampleObject(document, resolved, depth + 1) : {};
    default:
      return `<${name}>`;
  }
}

/** An example request body with the required properties and those that have a default. */
export function exampleObject(document: OpenApiDocument, schema: SchemaObject, depth = 0): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).filter(([name, property]) => required.has(name) || property.default !== undefined);
  return Object.fromEntries(entries.map(([name, property]) => [name, exampleValue(document, property, name, depth)]));
}

export function curlExample(document: OpenApiDocument, { method, path, operation }: Endpoint): string {
  const baseUrl = document.servers?.[0]?.url ?? "";
  const parameters = operation.parameters ?? [];
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const example = parameters.find((parameter) => parameter.in === "path" && parameter.name === name)?.schema?.example;
    return typeof example === "string" ? example : `<${name}>`;
  });
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "$BILLOW_URL${baseUrl}${url}"`, `-H "Authorization: Bearer $BILLOW_API_KEY"`];
  if (parameters.some((parameter) => parameter.in === "header" && parameter.name === "Idempotency-Key")) {
    lines.push(`-H "Idempotency-Key: $(uuidgen)"`);
  }
  const bodySchema = jsonSchemaOf(operation.requestBody?.content);
  const body = bodySchema ? exampleObject(document, resolveSchema(document, bodySchema)) : {};
  if (Object.keys(body).length > 0) {
    lines.push(`-H "Content-Type: application/json"`, `-d '${JSON.stringify(body)}'`);
  }
  return lines.join(" \\\n  ");
}
