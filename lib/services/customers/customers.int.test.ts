import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { auditRows, expectAppError, tableCounts } from "../../testing/assertions";
import { createTestCustomer, createTestCustomerGroup, createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { createCustomerContactSchema, createCustomerSchema, listCustomersQuerySchema, updateCustomerSchema } from "../../schemas/customer";
import { addCustomerContact } from "./add-customer-contact";
import { createCustomer } from "./create-customer";
import { getCustomer } from "./get-customer";
import { getCustomerByExternalRef } from "./get-customer-by-external-ref";
import { listCustomerContacts } from "./list-customer-contacts";
import { listCustomers } from "./list-customers";
import { removeCustomerContact } from "./remove-customer-contact";
import { setCustomerStatus } from "./set-customer-status";
import { updateCustomer } from "./update-customer";

beforeEach(resetDb);

const t0 = new Date("2026-06-01T12:00:00.000Z");
const create = createCustomerSchema.parse.bind(createCustomerSchema);
const update = updateCustomerSchema.parse.bind(updateCustomerSchema);
const query = (raw: Record<string, string>) => listCustomersQuerySchema.parse(raw);

describe("createCustomer", () => {
  test("stores every field, numbers accounts from a sequence and audits in the same transaction", async () => {
    const { user, ctx } = await createTestUser({ role: "admin", email: "ada@example.com", now: t0 });

    const created = await createCustomer(
      ctx,
      create({
        name: "Acme SAS",
        email: "Billing@Acme.example",
        external_ref: "crm-42",
        phone: "+33 1 23 45 67 89",
        locale: "fr-FR",
        preferred_currency: "EUR",
        tax_id: "FR12345678901",
        billing_address: { line1: "1 rue de la Paix", city: "Paris", postal_code: "75002", country: "FR" },
        payment_terms_days: 30,
        metadata: { plan: "pro" },
        notes: "VIP",
      }),
    );

    expect(created).toEqual({
      object: "customer",
      id: expect.stringMatching(/^cus_[0-9a-z]{26}$/),
      account_number: "C-000001",
      name: "Acme SAS",
      email: "billing@acme.example",
      type: "company",
      external_ref: "crm-42",
      phone: "+33 1 23 45 67 89",
      locale: "fr-FR",
      preferred_currency: "EUR",
      tax_id: "FR12345678901",
      tax_exempt: false,
      reverse_charge: false,
      group_id: null,
      billing_address: { line1: "1 rue de la Paix", line2: null, city: "Paris", postal_code: "75002", region: null, country: "FR" },
      shipping_address: null,
      payment_terms_days: 30,
      metadata: { plan: "pro" },
      notes: "VIP",
      status: "active",
      disabled_at: null,
      archived_at: null,
      anonymized_at: null,
      effective: { payment_terms_days: 30, preferred_currency: "EUR", locale: "fr-FR", tax_exempt: false },
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    });
    const row = await prisma().customer.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ billingAddress: { line1: "1 rue de la Paix", city: "Paris", postalCode: "75002", country: "FR" }, shippingAddress: null });

    const second = await createCustomer(ctx, create({ name: "Jo", type: "individual" }));
    expect(second).toMatchObject({ account_number: "C-000002", type: "individual", locale: "en", metadata: {}, email: null, external_ref: null });
    expect(await getCustomer(ctx, created.id)).toEqual(created);

    expect(await auditRows()).toEqual([
      { action: "customer.create", actorType: "USER", actorId: user.id, actorLabel: "ada@example.com", resourceType: "customer", resourceId: created.id, details: { name: "Acme SAS", external_ref: "crm-42" } },
      { action: "customer.create", actorType: "USER", actorId: user.id, actorLabel: "ada@example.com", resourceType: "customer", resourceId: second.id, details: { name: "Jo", external_ref: null } },
    ]);
  });

  test("a duplicate external_ref is a conflict naming the field, and nothing is written", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    await createCustomer(ctx, create({ name: "First", external_ref: "crm-1" }));
    const before = await tableCounts();

    const conflict = await expectAppError(createCustomer(ctx, create({ name: "Second", external_ref: "crm-1" })), "conflict", "A customer with external_ref 'crm-1' already exists.");
    expect(conflict.param).toBe("external_ref");
    expect(await tableCounts()).toEqual(before);

    const other = await createCustomer(ctx, create({ name: "Other", external_ref: "crm-2" }));
    const onUpdate = await expectAppError(updateCustomer(ctx, other.id, update({ external_ref: "crm-1" })), "conflict");
    expect(onUpdate.param).toBe("external_ref");
    expect((await getCustomer(ctx, other.id)).external_ref).toBe("crm-2");
  });

  test("input validation names the field: unknown currency, unknown field, bad country", () => {
    const currency = createCustomerSchema.safeParse({ name: "X", preferred_currency: "XYZ" });
    expect(currency.success).toBe(false);
    expect(currency.error?.issues[0]?.path).toEqual(["preferred_currency"]);
    const unknown = createCustomerSchema.safeParse({ name: "X", nickname: "x" });
    expect(unknown.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["nickname"] });
    const country = createCustomerSchema.safeParse({ name: "X", billing_address: { line1: "a", city: "b", country: "XX" } });
    expect(country.error?.issues[0]?.path).toEqual(["billing_address", "country"]);
    expect(createCustomerSchema.safeParse({ name: "X", billing_address: { line1: "a", city: "b", country: "fr" } }).success).toBe(false);
    expect(listCustomersQuerySchema.safeParse({ colour: "red" }).success).toBe(false);
    expect(listCustomersQuerySchema.parse({ "metadata[plan]": "pro", limit: "5" })).toEqual({ limit: 5, metadata: { plan: "pro" } });
  });
});

describe("permissions", () => {
  test("a viewer can read but every write is forbidden and writes nothing", async () => {
    const { ctx: viewerCtx } = await createTestUser({ role: "viewer" });
    const customer = await createTestCustomer({ name: "Target" });
    const contact = await prisma().customerContact.create({
      data: { id: "cct_fixture", customerId: customer.id, name: "C", email: "c@example.com", role: "BILLING" },
    });
    const before = await tableCounts();

    await expectAppError(createCustomer(viewerCtx, create({ name: "Sneaky" })), "forbidden", "Your role (viewer) can read but not change anything.");
    await expectAppError(updateCustomer(viewerCtx, customer.id, update({ name: "Renamed" })), "forbidden");
    for (const change of ["disable", "enable", "archive"] as const) await expectAppError(setCustomerStatus(viewerCtx, customer.id, change), "forbidden");
    await expectAppError(addCustomerContact(viewerCtx, customer.id, createCustomerContactSchema.parse({ name: "N", email: "n@example.com" })), "forbidden");
    await expectAppError(removeCustomerContact(viewerCtx, customer.id, contact.id), "forbidden");

    expect(await tableCounts()).toEqual(before);
    expect(await getCustomer(viewerCtx, customer.id)).toMatchObject({ name: "Target", status: "active" });
    expect((await listCustomers(viewerCtx, query({}))).data).toHaveLength(1);
  });
});

describe("listCustomers", () => {
  test("filters by search, status, country, external_ref and metadata; pages newest first", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const acme = await createCustomer(ctx, create({ name: "Acme SAS", email: "ops@acme.example", external_ref: "crm-1", metadata: { plan: "pro", region: "eu" }, billing_address: { line1: "1", city: "Paris", country: "FR" } }));
    const globex = await createCustomer(ctx, create({ name: "Globex", email: "billing@globex.example", metadata: { plan: "pro", region: "us" }, billing_address: { line1: "2", city: "NYC", country: "US" } }));
    const initech = await createCustomer(ctx, create({ name: "Initech", external_ref: "ACME-legacy", metadata: { plan: "free" } }));
    await setCustomerStatus(ctx, initech.id, "disable");

    const ids = async (raw: Record<string, string>) => (await listCustomers(ctx, query(raw))).data.map((c) => c.id);
    expect(await ids({})).toEqual([initech.id, globex.id, acme.id]);
    expect(await ids({ q: "acme" })).toEqual([initech.id, acme.id]); // name, email and external_ref, case-insensitive
    expect(await ids({ q: "GLOBEX.example" })).toEqual([globex.id]);
    expect(await ids({ status: "disabled" })).toEqual([initech.id]);
    expect(await ids({ status: "active", q: "acme" })).toEqual([acme.id]);
    expect(await ids({ country: "US" })).toEqual([globex.id]);
    expect(await ids({ external_ref: "crm-1" })).toEqual([acme.id]);
    expect(await ids({ "metadata[plan]": "pro" })).toEqual([globex.id, acme.id]);
    expect(await ids({ "metadata[plan]": "pro", "metadata[region]": "eu" })).toEqual([acme.id]);
    expect(await ids({ "metadata[plan]": "enterprise" })).toEqual([]);

    const first = await listCustomers(ctx, query({ limit: "2" }));
    expect(first).toMatchObject({ object: "list", has_more: true, next_cursor: globex.id });
    const second = await listCustomers(ctx, query({ limit: "2", starting_after: first.next_cursor! }));
    expect(second).toMatchObject({ has_more: false, next_cursor: null });
    expect(second.data.map((c) => c.id)).toEqual([acme.id]);
  });

  test("search matches LIKE wildcards (%, _, \\) literally", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    await createTestCustomer({ name: "Plain" });
    const percent = await createTestCustomer({ name: "100% Juice_Co" });
    const ids = async (q: string) => (await listCustomers(ctx, query({ q }))).data.map((c) => c.id);
    expect(await ids("%")).toEqual([percent.id]);
    expect(await ids("_")).toEqual([percent.id]);
    expect(await ids("0% juice_")).toEqual([percent.id]);
    expect(await ids("\\")).toEqual([]);
    expect(await ids("P_ain")).toEqual([]);
  });

  test("getCustomerByExternalRef finds by reference or answers not_found naming external_ref", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    const customer = await createTestCustomer({ externalRef: "crm/7" });
    expect(await getCustomerByExternalRef(ctx, "crm/7")).toMatchObject({ id: customer.id, external_ref: "crm/7" });
    const missing = await expectAppError(getCustomerByExternalRef(ctx, "nope"), "not_found", "No customer with external_ref 'nope'.");
    expect(missing.param).toBe("external_ref");
    await expectAppError(getCustomer(ctx, "cus_missing"), "not_found", "No customer with id 'cus_missing'.");
  });
});

describe("updateCustomer", () => {
  test("PATCH changes only the fields sent, clears with null and merges metadata (null deletes a key)", async () => {
    const { ctx } = await createTestUser({ role: "admin", email: "ada@example.com" });
    const customer = await createCustomer(
      ctx,
      create({ name: "Acme", email: "a@acme.example", phone: "123", metadata: { plan: "pro", region: "eu", tier: "gold" }, billing_address: { line1: "1", city: "Paris", country: "FR" } }),
    );
    const later = new Date(Date.now() + 60_000);

    const updated = await updateCustomer({ ...ctx, now: later }, customer.id, update({ name: "Acme Corp", phone: null, metadata: { plan: "enterprise", region: null, seats: "10" } }));

    expect(updated).toEqual({
      ...customer,
      name: "Acme Corp",
      phone: null,
      metadata: { plan: "enterprise", tier: "gold", seats: "10" },
      updated_at: later.toISOString(),
    });
    expect(await updateCustomer(ctx, customer.id, update({ billing_address: null, preferred_currency: "JPY" }))).toMatchObject({
      billing_address: null,
      preferred_currency: "JPY",
      email: "a@acme.example",
      metadata: { plan: "enterprise", tier: "gold", seats: "10" },
    });
    expect((await prisma().customer.findUniqueOrThrow({ where: { id: customer.id } })).billingAddress).toBeNull();

    expect((await auditRows()).slice(1).map((row) => [row.action, row.details])).toEqual([
      ["customer.update", { fields: ["metadata", "name", "phone"] }],
      ["customer.update", { fields: ["billing_address", "preferred_currency"] }],
    ]);
    await expectAppError(updateCustomer(ctx, "cus_missing", update({ name: "x" })), "not_found");
  });

  test("more than 50 metadata keys after the merge is refused", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, "v"]));
    const customer = await createCustomer(ctx, create({ name: "Full", metadata: many }));
    const error = await expectAppError(updateCustomer(ctx, customer.id, update({ metadata: { extra: "v" } })), "invalid_request");
    expect(error.param).toBe("metadata");
    expect(Object.keys((await getCustomer(ctx, customer.id)).metadata)).toHaveLength(50);
  });
});

describe("setCustomerStatus", () => {
  test("disable, enable and archive follow the allowed transitions, with an audit row each", async () => {
    const { user, ctx } = await createTestUser({ role: "owner", email: "owner@example.com" });
    const customer = await createTestCustomer({ name: "Acme" });
    const t1 = new Date(t0.getTime() + 1_000);
    const t2 = new Date(t0.getTime() + 2_000);

    expect(await setCustomerStatus({ ...ctx, now: t1 }, customer.id, "disable")).toMatchObject({ status: "disabled", disabled_at: t1.toISOString() });
    await expectAppError(setCustomerStatus(ctx, customer.id, "disable"), "invalid_state", "Cannot disable a customer that is disabled.");
    expect(await setCustomerStatus(ctx, customer.id, "enable")).toMatchObject({ status: "active", disabled_at: null });
    await expectAppError(setCustomerStatus(ctx, customer.id, "enable"), "invalid_state", "Cannot enable a customer that is active.");
    expect(await setCustomerStatus({ ...ctx, now: t2 }, customer.id, "archive")).toMatchObject({ status: "archived", archived_at: t2.toISOString() });
    for (const change of ["disable", "enable", "archive"] as const) await expectAppError(setCustomerStatus(ctx, customer.id, change), "invalid_state");
    await expectAppError(updateCustomer(ctx, customer.id, update({ name: "x" })), "invalid_state", "This customer is archived; archived customers are read-only.");
    await expectAppError(setCustomerStatus(ctx, "cus_missing", "disable"), "not_found");

    const actor = { actorType: "USER", actorId: user.id, actorLabel: "owner@example.com", resourceType: "customer", resourceId: customer.id };
    expect(await auditRows()).toEqual([
      { ...actor, action: "customer.disable", details: { from: "active", to: "disabled" } },
      { ...actor, action: "customer.enable", details: { from: "disabled", to: "active" } },
      { ...actor, action: "customer.archive", details: { from: "active", to: "archived" } },
    ]);
  });
});

describe("contacts", () => {
  test("add, list and remove contacts, scoped to their customer and audited", async () => {
    const { ctx } = await createTestUser({ role: "admin", now: t0 });
    const customer = await createTestCustomer({ name: "Acme" });
    const other = await createTestCustomer({ name: "Other" });

    const billing = await addCustomerContact(ctx, customer.id, createCustomerContactSchema.parse({ name: "Bea", email: "Bea@Acme.example", receives_invoices: true }));
    expect(billing).toEqual({
      object: "customer_contact",
      id: expect.stringMatching(/^cct_[0-9a-z]{26}$/),
      customer_id: customer.id,
      name: "Bea",
      email: "bea@acme.example",
      role: "billing",
      receives_invoices: true,
      created_at: t0.toISOString(),
    });
    const tech = await addCustomerContact(ctx, customer.id, createCustomerContactSchema.parse({ name: "Tom", email: "tom@acme.example", role: "technical" }));
    expect((await listCustomerContacts(ctx, customer.id)).data.map((c) => c.id)).toEqual([billing.id, tech.id]);
    expect((await listCustomerContacts(ctx, other.id)).data).toEqual([]);

    await expectAppError(removeCustomerContact(ctx, other.id, billing.id), "not_found"); // another customer's contact
    expect(await removeCustomerContact(ctx, customer.id, billing.id)).toEqual({ object: "customer_contact", id: billing.id, deleted: true });
    await expectAppError(removeCustomerContact(ctx, customer.id, billing.id), "not_found");
    expect((await listCustomerContacts(ctx, customer.id)).data.map((c) => c.id)).toEqual([tech.id]);
    await expectAppError(listCustomerContacts(ctx, "cus_missing"), "not_found");

    expect((await auditRows()).map((row) => [row.action, row.resourceId, row.details])).toEqual([
      ["customer.contact_add", customer.id, { contact_id: billing.id, email: "bea@acme.example", role: "billing" }],
      ["customer.contact_add", customer.id, { contact_id: tech.id, email: "tom@acme.example", role: "technical" }],
      ["customer.contact_remove", customer.id, { contact_id: billing.id, email: "bea@acme.example" }],
    ]);
  });
});

describe("reverse charge and groups", () => {
  test("reverse_charge needs a tax_id, on create and on every later change (422 naming reverse_charge)", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const before = await tableCounts();
    const refused = await expectAppError(createCustomer(ctx, create({ name: "No tax id", reverse_charge: true })), "unprocessable", /reverse_charge needs a tax_id/);
    expect(refused.param).toBe("reverse_charge");
    expect(await tableCounts()).toEqual(before);

    const customer = await createCustomer(ctx, create({ name: "B2B", tax_id: "DE123456789", reverse_charge: true }));
    expect(customer).toMatchObject({ reverse_charge: true, tax_id: "DE123456789" });
    const clearing = await expectAppError(updateCustomer(ctx, customer.id, update({ tax_id: null })), "unprocessable");
    expect(clearing.param).toBe("reverse_charge");
    expect(await updateCustomer(ctx, customer.id, update({ tax_id: null, reverse_charge: false }))).toMatchObject({ tax_id: null, reverse_charge: false });
    expect((await expectAppError(updateCustomer(ctx, customer.id, update({ reverse_charge: true })), "unprocessable")).param).toBe("reverse_charge");
  });

  test("group_id must name an existing group that is not archived; members see the group's defaults in `effective`", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const group = await createTestCustomerGroup({ code: "resellers", paymentTermsDays: 45, preferredCurrency: "EUR", locale: "de-DE", taxExempt: true });
    const archived = await createTestCustomerGroup({ code: "old", archivedAt: new Date() });

    expect((await expectAppError(createCustomer(ctx, create({ name: "X", group_id: "cgrp_missing" })), "unprocessable", "No customer group with id 'cgrp_missing'.")).param).toBe("group_id");
    expect((await expectAppError(createCustomer(ctx, create({ name: "X", group_id: archived.id })), "unprocessable", /is archived/)).param).toBe("group_id");

    const member = await createCustomer(ctx, create({ name: "Member", group_id: group.id, locale: "fr-FR" }));
    expect(member).toMatchObject({
      group_id: group.id,
      payment_terms_days: 0,
      preferred_currency: null,
      locale: "fr-FR",
      tax_exempt: false,
      effective: { payment_terms_days: 45, preferred_currency: "EUR", locale: "fr-FR", tax_exempt: true },
    });
    await prisma().customerGroup.update({ where: { id: group.id }, data: { archivedAt: new Date() } });
    // Staying in a group archived meanwhile is allowed; joining it is not.
    expect(await updateCustomer(ctx, member.id, update({ group_id: group.id, name: "Still member" }))).toMatchObject({ group_id: group.id, name: "Still member" });
    const other = await createTestCustomer();
    expect((await expectAppError(updateCustomer(ctx, other.id, update({ group_id: group.id })), "unprocessable")).param).toBe("group_id");
    expect(await updateCustomer(ctx, member.id, update({ group_id: null }))).toMatchObject({ group_id: null, effective: { payment_terms_days: 0, tax_exempt: false } });
  });

  test("group_id filters the list to the group's members", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    const group = await createTestCustomerGroup();
    const member = await createTestCustomer({ groupId: group.id });
    await createTestCustomer();
    expect((await listCustomers(ctx, query({ group_id: group.id }))).data.map((c) => c.id)).toEqual([member.id]);
  });
});

describe("sorted lists", () => {
  test("each sort pages through every row exactly once, in order, with ties broken by id", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    const sameTime = new Date("2026-03-01T00:00:00.000Z");
    const rows: Awaited<ReturnType<typeof createTestCustomer>>[] = [];
    // Names and creation times repeat, so pages must cut through ties.
    for (const [i, name] of ["Beta", "alpha", "Beta", "Gamma", "Beta", "alpha", "Delta"].entries()) {
      rows.push(await createTestCustomer({ name, createdAt: i % 2 === 0 ? sameTime : new Date(sameTime.getTime() + i * 1000) }));
    }
    const page = (raw: Record<string, string>) => listCustomers(ctx, query(raw));
    async function walk(sort: string): Promise<string[]> {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const result: Awaited<ReturnType<typeof page>> = await page({ sort, limit: "2", ...(cursor ? { starting_after: cursor } : {}) });
        expect(result.data.length).toBeLessThanOrEqual(2);
        ids.push(...result.data.map((c) => c.id));
        cursor = result.next_cursor;
      } while (cursor);
      return ids;
    }
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const expected = (compare: (a: (typeof rows)[number], b: (typeof rows)[number]) => number) => [...rows].sort((a, b) => compare(a, b) || byId(a, b));

    const nameOrder = await walk("name");
    // Database collation decides where "alpha" falls against "Beta": check ties and totality instead of one collation.
    expect(new Set(nameOrder)).toEqual(new Set(rows.map((r) => r.id)));
    expect(nameOrder).toHaveLength(rows.length);
    const named = nameOrder.map((id) => rows.find((r) => r.id === id)!);
    for (let i = 1; i < named.length; i++) {
      if (named[i - 1]!.name === named[i]!.name) expect(named[i - 1]!.id < named[i]!.id).toBe(true);
    }
    expect([...(await walk("-name"))].reverse()).toEqual(nameOrder);
    // Equal names are contiguous (one run per name).
    const runs = named.map((r) => r.name).filter((name, i, all) => i === 0 || all[i - 1] !== name);
    expect(runs).toHaveLength(new Set(runs).size);

    const byCreated = expected((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((r) => r.id);
    expect(await walk("created_at")).toEqual(byCreated);
    expect(await walk("-created_at")).toEqual([...byCreated].reverse());
    const byAccount = expected((a, b) => a.accountNumber - b.accountNumber).map((r) => r.id);
    expect(await walk("account_number")).toEqual(byAccount);
    expect(await walk("-account_number")).toEqual([...byAccount].reverse());

    const first = await page({ sort: "name", limit: "2" });
    await expectAppError(page({ sort: "-name", limit: "2", starting_after: first.next_cursor! }), "invalid_request", /made for sort=name/);
    const tampered = Buffer.from(JSON.stringify(["account_number", "not a number", rows[0]!.id])).toString("base64url");
    expect((await expectAppError(page({ sort: "account_number", starting_after: tampered }), "invalid_request")).param).toBe("starting_after");
    expect(listCustomersQuerySchema.safeParse({ sort: "email" }).error?.issues[0]?.path).toEqual(["sort"]);
  });
});
