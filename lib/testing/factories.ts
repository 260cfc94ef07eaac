// Seed factories for integration tests (and e2e seeding). They write fixtures through
// lib/db with the same helpers the services use, but record no audit rows: a test's
// audit assertions then see only the writes made by the code under test.
import { randomBytes } from "node:crypto";
import { generateApiKeySecret, hashApiKeySecret, visiblePrefix } from "../auth/api-key-secret";
import { hashPassword } from "../auth/password";
import { insertApiKey } from "../db/api-keys";
import { insertCustomerGroup, type CustomerGroupData, type CustomerGroupRow } from "../db/customer-groups";
import { insertCustomer, type CustomerData, type CustomerRow } from "../db/customers";
import { prisma } from "../db/client";
import { insertUser, type UserRow } from "../db/users";
import { createId } from "../ids";
import type { RoleName } from "../schemas/common";
import { newRequestId, type Ctx } from "../services/context";
import { roleEnum } from "../services/dto";

export const TEST_PASSWORD = "correct horse battery staple";

// scrypt costs ~100 ms a hash; reuse one hash per distinct password within a run.
const hashes = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
};

const uniqueSuffix = () => randomBytes(4).toString("hex");

/** The Ctx a signed-in user's requests get (as requireAdmin builds it). */
export function ctxFor(user: Pick<UserRow, "id" | "email" | "name" | "role">, now = new Date()): Ctx & { actor: { type: "user" } } {
  return { actor: { type: "user", id: user.id, email: user.email, name: user.name, role: user.role }, now, requestId: newRequestId() };
}

export async function createTestUser(options: {
  role: RoleName;
  email?: string;
  name?: string;
  password?: string;
  disabled?: boolean;
  now?: Date;
}): Promise<{ user: UserRow; password: string; ctx: Ctx & { actor: { type: "user" } } }> {
  const password = options.password ?? TEST_PASSWORD;
  const now = options.now ?? new Date();
  const email = (options.email ?? `${options.role}-${uniqueSuffix()}@example.com`).trim().toLowerCase();
  const user = await insertUser(prisma(), {
    id: createId("user"),
    email,
    name: options.name ?? email.split("@")[0]!,
    role: roleEnum(options.role),
    passwordHash: await cachedHash(password),
    createdAt: now,
  });
  const row = options.disabled ? { ...user, disabledAt: now } : user;
  if (options.disabled) await prisma().user.update({ where: { id: user.id }, data: { disabledAt: now } });
  return { user: row, password, ctx: ctxFor(row, now) };
}

/** An API key created by ctx's user (if any); returns the secret, as the create response would. */
export async function createTestApiKey(
  ctx: Ctx,
  options: { role?: "admin" | "viewer"; name?: string; revoked?: boolean } = {},
): Promise<{ id: string; secret: string; name: string }> {
  const secret = generateApiKeySecret();
  const name = options.name ?? `test key ${uniqueSuffix()}`;
  const key = await insertApiKey(prisma(), {
    id: createId("apiKey"),
    name,
    prefix: visiblePrefix(secret),
    secretHash: hashApiKeySecret(secret),
    role: roleEnum(options.role ?? "admin"),
    createdById: ctx.actor.type === "user" ? ctx.actor.id : null,
    createdAt: ctx.now,
  });
  if (options.revoked) await prisma().apiKey.update({ where: { id: key.id }, data: { revokedAt: ctx.now } });
  return { id: key.id, secret, name };
}

/** A customer row with sensible defaults (no audit row); override any column. */
export async function createTestCustomer(overrides: Partial<CustomerData> & { createdAt?: Date } = {}): Promise<CustomerRow> {
  return insertCustomer(prisma(), {
    id: createId("customer"),
    name: `Customer ${uniqueSuffix()}`,
    email: null,
    type: "COMPANY",
    externalRef: null,
    phone: null,
    locale: "en",
    preferredCurrency: null,
    taxId: null,
    taxExempt: false,
    reverseCharge: false,
    groupId: null,
    billingAddress: null,
    shippingAddress: null,
    paymentTermsDays: 0,
    metadata: {},
    notes: null,
    status: "ACTIVE",
    disabledAt: null,
    archivedAt: null,
    anonymizedAt: null,
    createdAt: new Date(),
    ...overrides,
  });
}

/** A customer group with no defaults (no audit row); override any column. */
export async function createTestCustomerGroup(overrides: Partial<CustomerGroupData> & { createdAt?: Date } = {}): Promise<CustomerGroupRow> {
  const suffix = uniqueSuffix();
  return insertCustomerGroup(prisma(), {
    id: createId("customerGroup"),
    code: `group-${suffix}`,
    name: `Group ${suffix}`,
    description: null,
    paymentTermsDays: null,
    preferredCurrency: null,
    locale: null,
    taxExempt: null,
    archivedAt: null,
    createdAt: new Date(),
    ...overrides,
  });
}

// ─── Catalogue rows for plan tests (their own CRUD lives with products, units and features) ───

export async function createTestProductRow(overrides: { code?: string; name?: string; archivedAt?: Date | null } = {}) {
  const code = overrides.code ?? `prod-${uniqueSuffix()}`;
  return prisma().product.create({ data: { id: createId("product"), code, name: overrides.name ?? code, archivedAt: overrides.archivedAt ?? null } });
}

export async function createTestUnitRow(overrides: { code?: string; name?: string } = {}) {
  const code = overrides.code ?? `unit-${uniqueSuffix()}`;
  return prisma().unit.create({ data: { id: createId("unit"), code, name: overrides.name ?? code } });
}

export async function createTestFeatureRow(overrides: { code?: string; name?: string; type?: "BOOLEAN" | "LIMIT"; archivedAt?: Date | null } = {}) {
  const code = overrides.code ?? `feat-${uniqueSuffix()}`;
  return prisma().feature.create({
    data: { id: createId("feature"), code, name: overrides.name ?? code, type: overrides.type ?? "BOOLEAN", archivedAt: overrides.archivedAt ?? null },
  });
}

/** A meter row (usage charges must price an existing meter); `id` may be fixed for readable tests. */
export async function createTestMeterRow(overrides: { id?: string; code?: string; eventName?: string; aggregation?: "COUNT" | "SUM" | "MAX" | "UNIQUE_COUNT" | "LATEST" | "WEIGHTED_SUM"; property?: string | null } = {}) {
  const code = overrides.code ?? `meter-${uniqueSuffix()}`;
  const aggregation = overrides.aggregation ?? "COUNT";
  return prisma().meter.create({
    data: {
      id: overrides.id ?? createId("meter"),
      code,
      name: code,
      eventName: overrides.eventName ?? code,
      aggregation,
      property: overrides.property ?? (aggregation === "COUNT" ? null : "value"),
      updatedAt: new Date(),
    },
  });
}

/** A subscription row on a plan's current version (or `planVersionId`), without billing state. */
export async function createTestSubscription(options: {
  customerId: string;
  planId: string;
  planVersionId?: string;
  status?: "INCOMPLETE" | "TRIALING" | "ACTIVE" | "PAST_DUE" | "PAUSED" | "CANCELED" | "EXPIRED";
  currency?: string;
}) {
  const planVersionId =
    options.planVersionId ?? (await prisma().plan.findUniqueOrThrow({ where: { id: options.planId }, select: { currentVersionId: true } })).currentVersionId!;
  return prisma().subscription.create({
    data: {
      id: createId("subscription"),
      customerId: options.customerId,
      planId: options.planId,
      planVersionId,
      status: options.status ?? "ACTIVE",
      currency: options.currency ?? "EUR",
      billingAnchor: new Date(),
      startedAt: new Date(),
    },
  });
}
