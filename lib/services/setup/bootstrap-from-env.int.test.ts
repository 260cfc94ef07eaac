import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { prisma } from "../../db/client";
import { resetEnvCacheForTests } from "../../env";
import { auditRows, tableCounts } from "../../testing/assertions";
import { createTestApiKey, createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { authenticateUser } from "../auth/authenticate-user";
import { systemCtx } from "../context";
import { bootstrapFromEnv } from "./bootstrap-from-env";
import { getSetupStatus } from "./get-setup-status";

const BOOTSTRAP_KEY = `bk_${"bootstrap0".repeat(4)}`;
const PASSWORD = "bootstrap password 123";
const VARS = ["BILLOW_ADMIN_EMAIL", "BILLOW_ADMIN_PASSWORD", "BILLOW_BOOTSTRAP_API_KEY"] as const;
const saved = Object.fromEntries(VARS.map((name) => [name, process.env[name]]));

function setEnv(values: Partial<Record<(typeof VARS)[number], string>>) {
  for (const name of VARS) {
    if (values[name] === undefined) delete process.env[name];
    else process.env[name] = values[name];
  }
  resetEnvCacheForTests();
}

beforeEach(async () => {
  await resetDb();
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

afterEach(() => {
  for (const name of VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetEnvCacheForTests();
  vi.restoreAllMocks();
});

describe("bootstrapFromEnv", () => {
  test("creates the owner and registers the key once; a second run changes nothing; both credentials work", async () => {
    setEnv({ BILLOW_ADMIN_EMAIL: " Boot@Example.com ", BILLOW_ADMIN_PASSWORD: PASSWORD, BILLOW_BOOTSTRAP_API_KEY: BOOTSTRAP_KEY });
    expect(await getSetupStatus()).toEqual({ needsOwner: true });

    await bootstrapFromEnv();

    expect(await getSetupStatus()).toEqual({ needsOwner: false });
    const users = await prisma().user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: "boot@example.com", name: "Owner", role: "OWNER", disabledAt: null });
    const keys = await prisma().apiKey.findMany();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({
      name: "Bootstrap key (environment)",
      role: "ADMIN",
      prefix: BOOTSTRAP_KEY.slice(0, 11),
      secretHash: createHash("sha256").update(BOOTSTRAP_KEY).digest("hex"),
      createdById: null,
      revokedAt: null,
    });
    const audit = await auditRows();
    expect(audit.map((row) => [row.action, row.actorLabel, row.resourceId])).toEqual([
      ["user.create_owner", "boot@example.com", users[0]!.id],
      ["api_key.create", "system: bootstrap", keys[0]!.id],
    ]);

    const before = await tableCounts();
    await bootstrapFromEnv();
    expect(await tableCounts()).toEqual(before);

    expect(await authenticateApiKey(`Bearer ${BOOTSTRAP_KEY}`, new Date())).toEqual({
      type: "api_key",
      id: keys[0]!.id,
      name: "Bootstrap key (environment)",
      role: "ADMIN",
    });
    expect(await authenticateUser({ email: "boot@example.com", password: PASSWORD, ip: "127.0.0.1" })).toMatchObject({ id: users[0]!.id, role: "owner" });
  });

  test("two processes bootstrapping at once both succeed, with one owner and one key", async () => {
    setEnv({ BILLOW_ADMIN_EMAIL: "boot@example.com", BILLOW_ADMIN_PASSWORD: PASSWORD, BILLOW_BOOTSTRAP_API_KEY: BOOTSTRAP_KEY });

    const results = await Promise.allSettled([bootstrapFromEnv(), bootstrapFromEnv(), bootstrapFromEnv()]);

    expect(results.map((result) => (result.status === "rejected" ? String(result.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);
    expect(await tableCounts()).toMatchObject({ users: 1, apiKeys: 1, auditLogs: 2 });
  });

  test("does nothing when the variables are unset, and leaves an existing install and a revoked key alone", async () => {
    setEnv({});
    await bootstrapFromEnv();
    expect(await tableCounts()).toMatchObject({ users: 0, apiKeys: 0, auditLogs: 0 });

    // an install that already has users ignores BILLOW_ADMIN_*; a key revoked later stays revoked
    await createTestUser({ role: "owner", email: "real-owner@example.com" });
    await bootstrapFromEnv();
    setEnv({ BILLOW_BOOTSTRAP_API_KEY: BOOTSTRAP_KEY });
    await bootstrapFromEnv();
    const key = await prisma().apiKey.findFirstOrThrow();
    await prisma().apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });

    setEnv({ BILLOW_ADMIN_EMAIL: "boot@example.com", BILLOW_ADMIN_PASSWORD: PASSWORD, BILLOW_BOOTSTRAP_API_KEY: BOOTSTRAP_KEY });
    await bootstrapFromEnv();

    expect((await prisma().user.findMany()).map((user) => user.email)).toEqual(["real-owner@example.com"]);
    expect(await prisma().apiKey.count()).toBe(1);
    await expect(authenticateApiKey(`Bearer ${BOOTSTRAP_KEY}`, new Date())).rejects.toMatchObject({ code: "unauthenticated" });
  });

  test("refuses invalid settings with a message naming the variable", async () => {
    setEnv({ BILLOW_ADMIN_EMAIL: "boot@example.com", BILLOW_ADMIN_PASSWORD: "short" });
    await expect(bootstrapFromEnv()).rejects.toThrow("BILLOW_ADMIN_EMAIL/BILLOW_ADMIN_PASSWORD: Use at least 12 characters.");
    setEnv({ BILLOW_BOOTSTRAP_API_KEY: "sk_live_not_billow" });
    await expect(bootstrapFromEnv()).rejects.toThrow("BILLOW_BOOTSTRAP_API_KEY must start with bk_");
    expect(await tableCounts()).toMatchObject({ users: 0, apiKeys: 0 });
  });

  test("an existing key with the same secret is not registered twice", async () => {
    // e.g. created earlier by an operator: bootstrap recognises it by its hash
    const existing = await createTestApiKey(systemCtx("cli"), { name: "already there" });
    setEnv({ BILLOW_BOOTSTRAP_API_KEY: existing.secret });
    await bootstrapFromEnv();
    expect((await prisma().apiKey.findMany()).map((key) => key.name)).toEqual(["already there"]);
  });
});
