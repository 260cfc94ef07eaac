// Drives the real /api/v1 route handlers (no server, no mocks) against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { GET as catchAllGet, POST as catchAllPost } from "@/app/api/v1/[...path]/route";
import { POST as revokeKeyRoute } from "@/app/api/v1/api_keys/[apiKeyId]/revoke/route";
import { GET as getKeyRoute } from "@/app/api/v1/api_keys/[apiKeyId]/route";
import { GET as listKeysRoute, POST as createKeyRoute } from "@/app/api/v1/api_keys/route";
import { GET as auditLogsRoute } from "@/app/api/v1/audit_logs/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { tableCounts } from "../testing/assertions";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey } from "../testing/factories";
import { resetDb } from "../testing/reset-db";
import { MAX_BODY_BYTES } from "./parse";

const REQUEST_ID = /^req_[0-9a-f]{24}$/;

/** The documented error shape, exactly: no extra keys. */
function expectError(
  result: Awaited<ReturnType<typeof call>>,
  status: number,
  error: { code: string; message?: string | RegExp; param?: string; details?: unknown },
) {
  expect(result.status).toBe(status);
  expect(result.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const { message, ...rest } = error;
  expect(result.body).toEqual({
    error: {
      ...rest,
      message: message === undefined ? expect.any(String) : typeof message === "string" ? message : expect.stringMatching(message),
      request_id: expect.stringMatching(REQUEST_ID),
    },
  });
  expect(result.headers.get("request-id")).toBe(result.body.error.request_id);
}

let admin: { id: string; secret: string; name: string };
let viewer: { id: string; secret: string; name: string };

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" });
  viewer = await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" });
});

const apiKeyCount = () => prisma().apiKey.count();

describe("authentication", () => {
  test("no key: 401 in the exact error shape, with the request id in body and header", async () => {
    const result = await call(listKeysRoute, "/api/v1/api_keys");
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      error: { code: "unauthenticated", message: "Missing API key. Send it as `Authorization: Bearer <key>`.", request_id: expect.stringMatching(REQUEST_ID) },
    });
    expect(Object.keys(result.body.error)).toEqual(["code", "message", "request_id"]);
    expect(result.headers.get("request-id")).toBe(result.body.error.request_id);

    const other = await call(meRoute, "/api/v1/me");
    expect(other.body.error.request_id).not.toBe(result.body.error.request_id);
  });

  test("a malformed header, an unknown key and a revoked key are 401 too, and a POST without a key writes nothing", async () => {
    const revoked = await createTestApiKey(systemCtx("test"), { revoked: true });
    expectError(await call(meRoute, "/api/v1/me", { headers: { authorization: `Basic ${admin.secret}` } }), 401, {
      code: "unauthenticated",
      message: /^Malformed Authorization header/,
    });
    expectError(await call(meRoute, "/api/v1/me", { key: `bk_${"0".repeat(40)}` }), 401, { code: "unauthenticated", message: "Invalid API key." });
    expectError(await call(meRoute, "/api/v1/me", { key: revoked.secret }), 401, { code: "unauthenticated", message: "This API key has been revoked." });

    const before = await tableCounts();
    expectError(await call(createKeyRoute, "/api/v1/api_keys", { body: { name: "x" }, headers: { "idempotency-key": "k" } }), 401, {
      code: "unauthenticated",
    });
    expect(await tableCounts()).toEqual(before);
  });

  test("GET /me returns the calling key's identity", async () => {
    const result = await call(meRoute, "/api/v1/me", { key: viewer.secret });
    expect(result.status).toBe(200);
    expect(result.headers.get("request-id")).toMatch(REQUEST_ID);
    expect(result.body).toEqual({
      object: "api_key_identity",
      api_key: {
        object: "api_key",
        id: viewer.id,
        name: "ci-viewer",
        prefix: viewer.secret.slice(0, 11),
        role: "viewer",
        created_by: null,
        created_at: expect.any(String),
        last_used_at: expect.any(String),
        revoked_at: null,
      },
      billow_version: expect.any(String),
    });
    expect(result.text).not.toContain(viewer.secret);
  });
});

describe("request validation", () => {
  test("malformed JSON and non-object bodies are 400 invalid_request", async () => {
    expectError(await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: '{"name": "x",' }), 400, {
      code: "invalid_request",
      message: /^The request body is not valid JSON/,
    });
    expectError(await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: '["x"]' }), 400, {
      code: "invalid_request",
      message: "The request body must be a JSON object.",
    });
    expect(await apiKeyCount()).toBe(2);
  });

  test("an unknown field is refused with param naming it", async () => {
    const result = await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: '{"name":"x","colour":"red"}' });
    expectError(result, 400, {
      code: "invalid_request",
      message: "Unknown field 'colour'.",
      param: "colour",
      details: [{ param: "colour", message: "Unknown field 'colour'.", code: "unknown_field" }],
    });
    expect(await apiKeyCount()).toBe(2);
  });

  test.each([
    ["a wrong type", '{"name": 5}', "name"],
    ["a missing field", "{}", "name"],
    ["an empty body", "", "name"],
    ["a blank name", '{"name": "   "}', "name"],
    ["a role outside the enum", '{"name": "x", "role": "owner"}', "role"],
  ])("%s is 400 with param naming the field", async (_label, body, param) => {
    const result = await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body, method: "POST" });
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: "invalid_request", param, details: [expect.objectContaining({ param })] });
    expect(await apiKeyCount()).toBe(2);
  });

  test.each(["limit=0", "limit=101", "limit=abc", "limit=1.5", "limit=", "limit=-1"])("?%s is 400 with param limit", async (query) => {
    expectError(await call(listKeysRoute, `/api/v1/api_keys?${query}`, { key: admin.secret }), 400, {
      code: "invalid_request",
      message: "limit must be a whole number from 1 to 100.",
      param: "limit",
      details: [expect.objectContaining({ param: "limit" })],
    });
  });

  test("a repeated or unknown query parameter is 400", async () => {
    expectError(await call(listKeysRoute, "/api/v1/api_keys?limit=1&limit=2", { key: admin.secret }), 400, {
      code: "invalid_request",
      message: "Query parameter 'limit' is given more than once.",
      param: "limit",
    });
    const unknown = await call(listKeysRoute, "/api/v1/api_keys?sort=asc", { key: admin.secret });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: "invalid_request", param: "sort" });
  });

  test("a body over 1 MiB is 413 payload_too_large, declared or not", async () => {
    const huge = JSON.stringify({ name: "x".repeat(MAX_BODY_BYTES) });
    expectError(await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: huge }), 413, { code: "payload_too_large" });
    expectError(
      await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: huge, headers: { "content-length": String(huge.length) } }),
      413,
      { code: "payload_too_large" },
    );
    expectError(
      await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: huge, headers: { "idempotency-key": "big" } }),
      413,
      { code: "payload_too_large" },
    );
    expect(await tableCounts()).toMatchObject({ apiKeys: 2, idempotencyKeys: 0, auditLogs: 0 });
  });
});

describe("authorization and routing", () => {
  test("a viewer key cannot create or revoke keys (403), but can read", async () => {
    expectError(await call(createKeyRoute, "/api/v1/api_keys", { key: viewer.secret, body: { name: "x" } }), 403, {
      code: "forbidden",
      message: "Your role (viewer) can read but not change anything.",
    });
    expectError(await call(revokeKeyRoute, `/api/v1/api_keys/${admin.id}/revoke`, { key: viewer.secret, method: "POST", params: { apiKeyId: admin.id } }), 403, {
      code: "forbidden",
    });
    expect(await tableCounts()).toMatchObject({ apiKeys: 2, auditLogs: 0 });
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: admin.id } })).revokedAt).toBeNull();
    expect((await call(listKeysRoute, "/api/v1/api_keys", { key: viewer.secret })).status).toBe(200);
  });

  test("an unknown path is a JSON 404, for any method", async () => {
    const get = await call(catchAllGet, "/api/v1/nope/deeper");
    expectError(get, 404, { code: "not_found", message: "No API route GET /api/v1/nope/deeper." });
    expectError(await call(catchAllPost, "/api/v1/customers", { body: {} }), 404, { code: "not_found", message: "No API route POST /api/v1/customers." });
  });

  test("an unknown api key id is 404 not_found on param id", async () => {
    expectError(await call(getKeyRoute, "/api/v1/api_keys/key_missing", { key: admin.secret, params: { apiKeyId: "key_missing" } }), 404, {
      code: "not_found",
      message: "No api_key with id 'key_missing'.",
      param: "id",
    });
    const found = await call(getKeyRoute, `/api/v1/api_keys/${viewer.id}`, { key: viewer.secret, params: { apiKeyId: viewer.id } });
    expect(found.body).toMatchObject({ object: "api_key", id: viewer.id, role: "viewer" });
  });
});

describe("api keys over HTTP", () => {
  test("POST creates a key (201) whose secret authenticates; GET pages with starting_after", async () => {
    const created = await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: { name: "deploy bot", role: "viewer" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: "api_key", name: "deploy bot", role: "viewer", created_by: null, secret: expect.stringMatching(/^bk_/) });
    expect(created.headers.get("idempotent-replayed")).toBeNull();
    expect((await call(meRoute, "/api/v1/me", { key: created.body.secret })).body.api_key.id).toBe(created.body.id);

    for (let i = 0; i < 3; i++) await createTestApiKey(systemCtx("test"), { name: `extra ${i}` });
    const allIds = (await prisma().apiKey.findMany({ select: { id: true }, orderBy: { id: "desc" } })).map((row) => row.id);
    expect(allIds).toHaveLength(6);

    const seen: string[] = [];
    let cursor: string | null = null;
    const shapes: [number, boolean][] = [];
    do {
      const query: string = cursor ? `?limit=4&starting_after=${cursor}` : "?limit=4";
      const page = await call(listKeysRoute, `/api/v1/api_keys${query}`, { key: admin.secret });
      expect(page.status).toBe(200);
      expect(page.body.object).toBe("list");
      shapes.push([page.body.data.length, page.body.has_more]);
      seen.push(...page.body.data.map((key: { id: string }) => key.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(shapes).toEqual([
      [4, true],
      [2, false],
    ]);
    expect(seen).toEqual(allIds);
    expect(JSON.stringify(seen)).not.toContain("secret");
  });

  test("revoke: 200 with revoked_at, then 409 invalid_state; the revoked key gets 401", async () => {
    const target = await createTestApiKey(systemCtx("test"), { name: "to revoke" });
    const path = `/api/v1/api_keys/${target.id}/revoke`;

    expectError(await call(revokeKeyRoute, path, { key: admin.secret, body: { now: true }, params: { apiKeyId: target.id } }), 400, {
      code: "invalid_request",
      param: "now",
      message: "Unknown field 'now'.",
      details: [{ param: "now", message: "Unknown field 'now'.", code: "unknown_field" }],
    });
    const first = await call(revokeKeyRoute, path, { key: admin.secret, method: "POST", params: { apiKeyId: target.id } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ object: "api_key", id: target.id, revoked_at: expect.any(String) });
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: target.id } })).revokedAt).not.toBeNull();

    expectError(await call(revokeKeyRoute, path, { key: admin.secret, method: "POST", params: { apiKeyId: target.id } }), 409, {
      code: "invalid_state",
      message: "This API key is already revoked.",
    });
    expectError(await call(meRoute, "/api/v1/me", { key: target.secret }), 401, { code: "unauthenticated", message: "This API key has been revoked." });
    expectError(
      await call(revokeKeyRoute, "/api/v1/api_keys/key_missing/revoke", { key: admin.secret, method: "POST", params: { apiKeyId: "key_missing" } }),
      404,
      { code: "not_found", message: "No api_key with id 'key_missing'.", param: "id" },
    );
  });
});

describe("Idempotency-Key", () => {
  const create = (key: string, body: string, idempotencyKey: string) =>
    call(createKeyRoute, "/api/v1/api_keys", { key, body, method: "POST", headers: { "idempotency-key": idempotencyKey } });

  test("the same key and the same JSON (any key order or spacing) replays the first response and creates one key", async () => {
    const first = await create(admin.secret, '{"name":"billing sync","role":"viewer"}', "idem-1");
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();

    const again = await create(admin.secret, '{\n  "role" : "viewer",\n  "name": "billing sync"\n}\n', "idem-1");
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    // Identical but for the secret, which is shown once and never stored.
    expect(first.body.secret).toMatch(/^bk_/);
    expect(again.body).toEqual({ ...first.body, secret: null });
    const stored = await prisma().idempotencyKey.findFirstOrThrow({ where: { key: "idem-1" }, select: { responseBody: true } });
    expect(JSON.stringify(stored.responseBody)).not.toContain(first.body.secret);

    expect(await prisma().apiKey.count({ where: { name: "billing sync" } })).toBe(1);
    expect(await prisma().auditLog.count({ where: { action: "api_key.create" } })).toBe(1);
    expect(await prisma().idempotencyKey.findMany({ select: { apiKeyId: true, key: true, statusCode: true, method: true, path: true } })).toEqual([
      { apiKeyId: admin.id, key: "idem-1", statusCode: 201, method: "POST", path: "/api/v1/api_keys" },
    ]);
  });

  test("the same key with a different body or path is 409 idempotency_mismatch and runs nothing", async () => {
    await create(admin.secret, '{"name":"one"}', "idem-2");
    expectError(await create(admin.secret, '{"name":"two"}', "idem-2"), 409, {
      code: "idempotency_mismatch",
      message: "This Idempotency-Key was already used with a different request. Use a new key for a new request.",
      param: "Idempotency-Key",
    });
    expectError(
      await call(revokeKeyRoute, `/api/v1/api_keys/${viewer.id}/revoke`, {
        key: admin.secret,
        method: "POST",
        params: { apiKeyId: viewer.id },
        headers: { "idempotency-key": "idem-2" },
      }),
      409,
      { code: "idempotency_mismatch", param: "Idempotency-Key" },
    );
    expect(await prisma().apiKey.count({ where: { name: { in: ["one", "two"] } } })).toBe(1);
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: viewer.id } })).revokedAt).toBeNull();
  });

  test("idempotency keys are per API key: another key using the same value is independent", async () => {
    const second = await createTestApiKey(systemCtx("test"), { name: "second admin" });
    const body = '{"name":"shared"}';
    const a = await create(admin.secret, body, "same-value");
    const b = await create(second.secret, body, "same-value");
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get("idempotent-replayed")).toBeNull();
    expect(b.body.id).not.toBe(a.body.id);
    expect(await prisma().apiKey.count({ where: { name: "shared" } })).toBe(2);
  });

  test("a request refused by validation is not stored: the corrected request may reuse the key", async () => {
    const first = await create(admin.secret, '{"name":"x","colour":"red"}', "idem-bad");
    expect(first.status).toBe(400);
    expect(first.body.error).toMatchObject({ code: "invalid_request", param: "colour" });
    const corrected = await create(admin.secret, '{"name":"x"}', "idem-bad");
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
    expect(await apiKeyCount()).toBe(3);
  });

  test("a forbidden request is not stored either", async () => {
    const first = await create(viewer.secret, '{"name":"x"}', "idem-403");
    const again = await create(viewer.secret, '{"name":"x"}', "idem-403");
    expect([first.status, again.status]).toEqual([403, 403]);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    expect(await prisma().idempotencyKey.count({ where: { key: "idem-403" } })).toBe(0);
  });

  test("concurrent requests with the same key run once: the others replay or are told to retry", async () => {
    const results = await Promise.all([1, 2, 3].map(() => create(admin.secret, '{"name":"racy"}', "idem-race")));

    const fresh = results.filter((result) => result.status === 201 && result.headers.get("idempotent-replayed") === null);
    expect(fresh).toHaveLength(1);
    for (const result of results.filter((r) => r !== fresh[0])) {
      if (result.status === 201) expect(result.body).toEqual({ ...fresh[0]!.body, secret: null });
      else expect(result.body.error).toMatchObject({ code: "conflict", param: "Idempotency-Key" });
    }
    expect(await prisma().apiKey.count({ where: { name: "racy" } })).toBe(1);
  });

  test("an invalid Idempotency-Key header is 400 on param Idempotency-Key", async () => {
    for (const bad of ["has space", "x".repeat(256), "naïve"]) {
      expectError(await create(admin.secret, '{"name":"x"}', bad), 400, {
        code: "invalid_request",
        message: "Idempotency-Key must be 1 to 255 visible ASCII characters.",
        param: "Idempotency-Key",
      });
    }
    expect(await tableCounts()).toMatchObject({ apiKeys: 2, idempotencyKeys: 0 });
  });
});

describe("audit log over HTTP", () => {
  test("lists the writes made through the API, newest first, by 'API key <name>', with their request ids", async () => {
    const created = await call(createKeyRoute, "/api/v1/api_keys", { key: admin.secret, body: { name: "audited" } });
    const revoked = await call(revokeKeyRoute, `/api/v1/api_keys/${created.body.id}/revoke`, {
      key: admin.secret,
      method: "POST",
      params: { apiKeyId: created.body.id },
    });
    expect([created.status, revoked.status]).toEqual([201, 200]);

    const list = await call(auditLogsRoute, "/api/v1/audit_logs", { key: viewer.secret });
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      object: "list",
      has_more: false,
      next_cursor: null,
      data: [
        {
          object: "audit_log",
          id: expect.stringMatching(/^\d+$/),
          actor_type: "api_key",
          actor_id: admin.id,
          actor: "API key ci-admin",
          action: "api_key.revoke",
          resource_type: "api_key",
          resource_id: created.body.id,
          details: { name: "audited" },
          request_id: revoked.headers.get("request-id"),
          created_at: expect.any(String),
        },
        {
          object: "audit_log",
          id: expect.stringMatching(/^\d+$/),
          actor_type: "api_key",
          actor_id: admin.id,
          actor: "API key ci-admin",
          action: "api_key.create",
          resource_type: "api_key",
          resource_id: created.body.id,
          details: { name: "audited", role: "admin" },
          request_id: created.headers.get("request-id"),
          created_at: expect.any(String),
        },
      ],
    });

    const filtered = await call(auditLogsRoute, "/api/v1/audit_logs?action=api_key.create", { key: viewer.secret });
    expect(filtered.body.data.map((row: { action: string }) => row.action)).toEqual(["api_key.create"]);

    const firstPage = await call(auditLogsRoute, "/api/v1/audit_logs?limit=1", { key: viewer.secret });
    expect(firstPage.body).toMatchObject({ has_more: true, next_cursor: list.body.data[0].id });
    const secondPage = await call(auditLogsRoute, `/api/v1/audit_logs?limit=1&starting_after=${firstPage.body.next_cursor}`, { key: viewer.secret });
    expect(secondPage.body).toMatchObject({ has_more: false, next_cursor: null, data: [{ action: "api_key.create" }] });

    expectError(await call(auditLogsRoute, "/api/v1/audit_logs?starting_after=abc", { key: viewer.secret }), 400, {
      code: "invalid_request",
      param: "starting_after",
      message: "starting_after must be a cursor from a previous page.",
      details: [expect.objectContaining({ param: "starting_after" })],
    });
  });
});
