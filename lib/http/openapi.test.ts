import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { buildOpenApiDocument } from "./openapi";

const V1_DIR = path.resolve(__dirname, "../../app/api/v1");
const UNDOCUMENTED = new Set(["/openapi.json", "/{path}"]); // the document itself and the 404 catch-all

/** "GET /api_keys/{apiKeyId}" for every exported handler under app/api/v1. */
function implementedOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = path.relative(V1_DIR, dir).split(path.sep).filter(Boolean);
        const apiPath = `/${route.map((segment) => segment.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}")).join("/")}`;
        if (UNDOCUMENTED.has(apiPath)) continue;
        const source = fs.readFileSync(full, "utf8");
        for (const match of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${match[1]} ${apiPath}`);
      }
    }
  };
  walk(V1_DIR);
  return found.sort();
}

function documentedOperations(): string[] {
  const doc = buildOpenApiDocument();
  return Object.entries(doc.paths ?? {})
    .flatMap(([apiPath, item]) =>
      ["get", "post", "put", "patch", "delete"].filter((method) => item && method in item).map((method) => `${method.toUpperCase()} ${apiPath}`),
    )
    .sort();
}

describe("OpenAPI document", () => {
  test("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(buildOpenApiDocument())));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  test("documents exactly the implemented routes", () => {
    const implemented = implementedOperations();
    expect(implemented.length).toBeGreaterThan(3);
    expect(documentedOperations()).toEqual(implemented);
  });

  test("every operation declares the error shape and POSTs accept Idempotency-Key", () => {
    const doc = buildOpenApiDocument();
    for (const item of Object.values(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item ?? {})) {
        if (typeof op !== "object" || !op || !("responses" in op)) continue;
        expect(Object.keys(op.responses ?? {})).toEqual(expect.arrayContaining(["400", "401"]));
        if (method === "post") {
          expect(JSON.stringify(op.parameters)).toContain("Idempotency-Key");
        }
      }
    }
  });
});
