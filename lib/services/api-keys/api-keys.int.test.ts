import { createHash } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { auditRows, expectAppError, tableCounts } from "../../testing/assertions";
import { createTestApiKey, createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { systemCtx, type Ctx } from "../context";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { getApiKey } from "./get-api-key";
import { getMe } from "./get-me";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";

beforeEach(resetDb);

const t0 = new Date("2026-06-01T12:00:00.000Z");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const keyCtx = (actor: Awaited<ReturnType<typeof authenticateApiKey>>, now = t0): Ctx => ({ actor, now, requestId: "req_test" });

describe("createApiKey", () => {
  test("returns the secret once and stores only its SHA-256 and a short prefix", async () => {
    const { user, ctx } = await createTestUser({ role: "admin", email: "ada@example.com", now: t0 });

    const created = await createApiKey({ ...ctx, now: t0 }, { name: "production backend", role: "viewer" });

    expect(created).toEqual({
      object: "api_key",
      id: expect.stringMatching(/^key_[0-9a-z]{26}$/),
      name: "production backend",
      prefix: created.secret.slice(0, 11),
      role: "viewer",
      created_by: "ada@example.com",
      created_at: t0.toISOString(),
      last_used_at: null,
      revoked_at: null,
      secret: expect.stringMatching(/^bk_[0-9a-z]{40}$/),
    });

    const row = await prisma().apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretHash).toBe(sha256(created.secret));
    expect(row.secretHash).not.toBe(created.secret);
    expect(created.secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(created.secret.length);
    expect(row).toMatchObject({ role: "VIEWER", createdById: user.id, revokedAt: null });
    expect(JSON.stringify(await prisma().apiKey.findMany())).not.toContain(created.secret.slice(3));
    expect(JSON.stringify(await prisma().auditLog.findMany(), (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(created.secret.slice(3));

    // later reads never show the secret again
    expect(await getApiKey(ctx, created.id)).not.toHaveProperty("secret");
    expect((await listApiKeys(ctx, { limit: 10 })).data[0]).not.toHaveProperty("secret");

    expect(await auditRows()).toEqual([
      {
        action: "api_key.create",
        actorType: "USER",
        actorId: user.id,
        actorLabel: "ada@example.com",
        resourceType: "api_key",
        resourceId: created.id,
        details: { name: "production backend", role: "viewer" },
      },
    ]);
  });

  test("two keys never share a secret; a key made by the system has no creator", async () => {
    const first = await createApiKey(systemCtx("cli"), { name: "one", role: "admin" });
    const second = await createApiKey(systemCtx("cli"), { name: "two", role: "admin" });
    expect(first.secret).not.toBe(second.secret);
    expect(first).toMatchObject({ created_by: null, role: "admin" });
    expect((await auditRows()).map((row) => [row.action, row.actorType, row.actorLabel])).toEqual([
      ["api_key.create", "SYSTEM", "system: cli"],
      ["api_key.create", "SYSTEM", "system: cli"],
    ]);
  });
});

describe("authenticateApiKey", () => {
  test("turns a valid bearer key into an api_key actor and records its use at most once a minute", async () => {
    const { ctx } = await createTestUser({ role: "owner" });
    const key = await createTestApiKey(ctx, { role: "viewer", name: "reporting" });

    expect(await authenticateApiKey(`Bearer ${key.secret}`, t0)).toEqual({ type: "api_key", id: key.id, name: "reporting", role: "VIEWER" });
    expect(await authenticateApiKey(`bearer   ${key.secret}  `, new Date(t0.getTime() + 30_000))).toMatchObject({ id: key.id });
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiKey(`Bearer ${key.secret}`, later);
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(later);
  });

  test("missing, malformed, unknown and revoked keys are unauthenticated, each with its own message", async () => {
    const { ctx } = await createTestUser({ role: "owner" });
    const revoked = await createTestApiKey(ctx, { revoked: true });
    const unknown = `bk_${"a".repeat(40)}`;

    const missing = await expectAppError(authenticateApiKey(null, t0), "unauthenticated", "Missing API key. Send it as `Authorization: Bearer <key>`.");
    await expectAppError(authenticateApiKey("", t0), "unauthenticated", missing.message);

    const malformed = await expectAppError(authenticateApiKey(`Basic ${revoked.secret}`, t0), "unauthenticated");
    for (const header of ["Bearer", "Bearer ", revoked.secret, `Bearer ${unknown} extra`, `Token ${unknown}`]) {
      await expectAppError(authenticateApiKey(header, t0), "unauthenticated", malformed.message);
    }

    const invalid = await expectAppError(authenticateApiKey(`Bearer ${unknown}`, t0), "unauthenticated", "Invalid API key.");
    await expectAppError(authenticateApiKey("Bearer not-a-billow-key", t0), "unauthenticated", invalid.message);
    await expectAppError(authenticateApiKey(`Bearer ${revoked.secret.slice(0, -1)}`, t0), "unauthenticated", invalid.message);

    const wasRevoked = await expectAppError(authenticateApiKey(`Bearer ${revoked.secret}`, t0), "unauthenticated", "This API key has been revoked.");

    expect(new Set([missing.message, malformed.message, invalid.message, wasRevoked.message]).size).toBe(4);
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: revoked.id } })).lastUsedAt).toBeNull();
  });
});

describe("permissions", () => {
  test("a viewer user or a viewer key can neither create nor revoke keys, and nothing is written", async () => {
    const { ctx: ownerCtx } = await createTestUser({ role: "owner" });
    const { ctx: viewerCtx } = await createTestUser({ role: "viewer" });
    const target = await createTestApiKey(ownerCtx);
    const viewerKey = await createTestApiKey(ownerCtx, { role: "viewer" });
    const viewerKeyCtx = keyCtx(await authenticateApiKey(`Bearer ${viewerKey.secret}`, t0));
    const before = await tableCounts();

    for (const ctx of [viewerCtx, viewerKeyCtx]) {
      await expectAppError(createApiKey(ctx, { name: "sneaky", role: "admin" }), "forbidden", "Your role (viewer) can read but not change anything.");
      await expectAppError(revokeApiKey(ctx, target.id), "forbidden");
      await expectAppError(revokeApiKey(ctx, viewerKey.id), "forbidden");
    }

    expect(await tableCounts()).toEqual(before);
    expect(await prisma().apiKey.count({ where: { revokedAt: { not: null } } })).toBe(0);
    // a viewer may still read
    expect((await listApiKeys(viewerKeyCtx, { limit: 10 })).data).toHaveLength(2);
    expect(await getApiKey(viewerCtx, target.id)).toMatchObject({ id: target.id, revoked_at: null });
  });
});

describe("revokeApiKey", () => {
  test("revokes once (the key stops working), then refuses with invalid_state", async () => {
    const { user, ctx } = await createTestUser({ role: "admin", email: "ada@example.com" });
    const key = await createTestApiKey(ctx, { name: "old" });
    const revokedAt = new Date(t0.getTime() + 5_000);

    expect(await revokeApiKey({ ...ctx, now: revokedAt }, key.id)).toMatchObject({ id: key.id, revoked_at: revokedAt.toISOString() });
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toEqual(revokedAt);
    await expectAppError(authenticateApiKey(`Bearer ${key.secret}`, revokedAt), "unauthenticated", "This API key has been revoked.");

    await expectAppError(revokeApiKey(ctx, key.id), "invalid_state", "This API key is already revoked.");
    expect((await prisma().apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toEqual(revokedAt);
    const missing = await expectAppError(revokeApiKey(ctx, "key_missing"), "not_found", "No api_key with id 'key_missing'.");
    expect(missing.param).toBe("id");
    await expectAppError(getApiKey(ctx, "key_missing"), "not_found");

    expect(await auditRows()).toEqual([
      {
        action: "api_key.revoke",
        actorType: "USER",
        actorId: user.id,
        actorLabel: "ada@example.com",
        resourceType: "api_key",
        resourceId: key.id,
        details: { name: "old" },
      },
    ]);
  });
});

describe("listApiKeys", () => {
  test("pages 25 keys newest first by next_cursor with no duplicates or gaps", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const created: string[] = [];
    for (let i = 0; i < 25; i++) created.push((await createApiKey(ctx, { name: `key ${i}`, role: "admin" })).id);

    const pages = [];
    let cursor: string | undefined;
    for (let i = 0; i < 3; i++) {
      const page = await listApiKeys(ctx, { limit: 10, starting_after: cursor });
      pages.push(page);
      cursor = page.next_cursor ?? undefined;
    }

    expect(pages.map((page) => [page.data.length, page.has_more])).toEqual([
      [10, true],
      [10, true],
      [5, false],
    ]);
    expect(pages.map((page) => page.next_cursor)).toEqual([pages[0]!.data[9]!.id, pages[1]!.data[9]!.id, null]);
    const ids = pages.flatMap((page) => page.data.map((key) => key.id));
    expect(ids).toEqual([...created].sort().reverse());
    expect(new Set(ids).size).toBe(25);
    expect(pages.every((page) => page.object === "list")).toBe(true);

    // exactly one full page: no phantom next page
    const all = await listApiKeys(ctx, { limit: 25 });
    expect(all).toMatchObject({ has_more: false, next_cursor: null });
    expect(all.data).toHaveLength(25);
  });
});

describe("getMe", () => {
  test("describes the calling key, and is refused to non-key actors", async () => {
    const { ctx } = await createTestUser({ role: "owner", email: "owner@example.com" });
    const key = await createTestApiKey(ctx, { name: "me", role: "viewer" });
    const me = await getMe(keyCtx(await authenticateApiKey(`Bearer ${key.secret}`, t0)));
    expect(me).toEqual({
      object: "api_key_identity",
      api_key: expect.objectContaining({ id: key.id, name: "me", role: "viewer", created_by: "owner@example.com", last_used_at: t0.toISOString() }),
      billow_version: expect.any(String),
    });
    await expectAppError(getMe(ctx), "forbidden");
  });
});
