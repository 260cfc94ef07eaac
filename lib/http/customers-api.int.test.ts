// Drives the real /api/v1/customers route handlers against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { POST as archiveRoute } from "@/app/api/v1/customers/[customerId]/archive/route";
import { DELETE as deleteContactRoute } from "@/app/api/v1/customers/[customerId]/contacts/[contactId]/route";
import { GET as listContactsRoute, POST as createContactRoute } from "@/app/api/v1/customers/[customerId]/contacts/route";
import { POST as disableRoute } from "@/app/api/v1/customers/[customerId]/disable/route";
import { POST as enableRoute } from "@/app/api/v1/customers/[customerId]/enable/route";
import { POST as anonymizeRoute } from "@/app/api/v1/customers/[customerId]/anonymize/route";
import { GET as exportRoute } from "@/app/api/v1/customers/[customerId]/export/route";
import { GET as historyRoute } from "@/app/api/v1/customers/[customerId]/history/route";
import { DELETE as deleteCustomerRoute, GET as getCustomerRoute, PATCH as patchCustomerRoute } from "@/app/api/v1/customers/[customerId]/route";
import { GET as byExternalRefRoute } from "@/app/api/v1/customers/by_external_ref/[externalRef]/route";
import { GET as listCustomersRoute, POST as createCustomerRoute } from "@/app/api/v1/customers/route";
import { systemCtx } from "../services/context";
import { auditRows, tableCounts } from "../testing/assertions";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let admin: { id: string; secret: string; name: string };
let viewer: { id: string; secret: string; name: string };

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" });
  viewer = await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" });
});

const createBody = {
  name: "Acme SAS",
  email: "ops@acme.example",
  external_ref: "crm-42",
  preferred_currency: "EUR",
  billing_address: { line1: "1 rue de la Paix", city: "Paris", country: "FR" },
  metadata: { plan: "pro", region: "eu" },
};

const createVia = async (body: object, key = admin.secret, headers: Record<string, string> = {}) =>
  call(createCustomerRoute, "/api/v1/customers", { key, body, headers });

describe("POST /customers", () => {
  test("creates a customer (201), and an Idempotency-Key replay returns the same one", async () => {
    const created = await createVia(createBody, admin.secret, { "idempotency-key": "create-acme" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: "customer", id: expect.stringMatching(/^cus_/), account_number: "C-000001", ...createBody, status: "active" });

    const replay = await createVia(createBody, admin.secret, { "idempotency-key": "create-acme" });
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(created.body.id);

    const fetched = await call(getCustomerRoute, `/api/v1/customers/${created.body.id}`, { key: viewer.secret, params: { customerId: created.body.id } });
    expect(fetched).toMatchObject({ status: 200, body: created.body });
    const byRef = await call(byExternalRefRoute, "/api/v1/customers/by_external_ref/crm-42", { key: viewer.secret, params: { externalRef: "crm-42" } });
    expect(byRef).toMatchObject({ status: 200, body: { id: created.body.id } });
    const missing = await call(getCustomerRoute, "/api/v1/customers/cus_nope", { key: admin.secret, params: { customerId: "cus_nope" } });
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "not_found", param: "id" } } });
  });

  test("400 naming the field for an unknown currency, an unknown field and a bad address; 409 for a duplicate external_ref", async () => {
    const before = await tableCounts();
    const currency = await createVia({ name: "X", preferred_currency: "XYZ" });
    expect(currency).toMatchObject({ status: 400, body: { error: { code: "invalid_request", param: "preferred_currency" } } });
    expect(currency.body.error.message).toBe("preferred_currency must be an ISO 4217 currency code in upper case, e.g. EUR.");

    const unknown = await createVia({ name: "X", nickname: "x" });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: "invalid_request", param: "nickname", message: "Unknown field 'nickname'." } } });

    const address = await createVia({ name: "X", billing_address: { line1: "1", city: "Paris", country: "France" } });
    expect(address).toMatchObject({ status: 400, body: { error: { param: "billing_address.country" } } });
    expect(await tableCounts()).toEqual(before);

    expect((await createVia(createBody)).status).toBe(201);
    const duplicate = await createVia({ ...createBody, name: "Acme again" });
    expect(duplicate).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", param: "external_ref", message: "A customer with external_ref 'crm-42' already exists." } },
    });
  });

  test("a viewer key is forbidden on every write and nothing is written", async () => {
    const customer = (await createVia(createBody)).body;
    const contact = (await call(createContactRoute, "/x", { key: admin.secret, params: { customerId: customer.id }, body: { name: "B", email: "b@example.com" } })).body;
    const before = await tableCounts();
    const params = { customerId: customer.id };

    const attempts = [
      await createVia({ name: "Sneaky" }, viewer.secret),
      await call(patchCustomerRoute, "/x", { method: "PATCH", key: viewer.secret, params, body: { name: "Renamed" } }),
      await call(disableRoute, "/x", { method: "POST", key: viewer.secret, params }),
      await call(enableRoute, "/x", { method: "POST", key: viewer.secret, params }),
      await call(archiveRoute, "/x", { method: "POST", key: viewer.secret, params }),
      await call(createContactRoute, "/x", { key: viewer.secret, params, body: { name: "N", email: "n@example.com" } }),
      await call(deleteContactRoute, "/x", { method: "DELETE", key: viewer.secret, params: { ...params, contactId: contact.id } }),
    ];
    for (const result of attempts) expect(result).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await tableCounts()).toEqual(before);
  });
});

describe("GET /customers", () => {
  test("searches, filters by status, country and metadata[key], and pages with next_cursor", async () => {
    const acme = (await createVia(createBody)).body;
    const globex = (await createVia({ name: "Globex", email: "billing@globex.example", metadata: { plan: "pro", region: "us" }, billing_address: { line1: "2", city: "NYC", country: "US" } })).body;
    const initech = (await createVia({ name: "Initech", metadata: { plan: "free" } })).body;

    const list = async (search: string) => {
      const result = await call(listCustomersRoute, `/api/v1/customers${search}`, { key: viewer.secret });
      expect(result.status).toBe(200);
      return result.body.data.map((c: { id: string }) => c.id);
    };
    expect(await list("")).toEqual([initech.id, globex.id, acme.id]);
    expect(await list("?q=ACME")).toEqual([acme.id]);
    expect(await list("?country=US")).toEqual([globex.id]);
    expect(await list("?status=active&metadata[plan]=pro")).toEqual([globex.id, acme.id]);
    expect(await list("?metadata%5Bplan%5D=pro&metadata%5Bregion%5D=eu")).toEqual([acme.id]);
    expect(await list("?external_ref=crm-42")).toEqual([acme.id]);

    const page = await call(listCustomersRoute, "/api/v1/customers?limit=2", { key: viewer.secret });
    expect(page.body).toMatchObject({ object: "list", has_more: true, next_cursor: globex.id });
    expect(await list(`?limit=2&starting_after=${page.body.next_cursor}`)).toEqual([acme.id]);

    const bad = await call(listCustomersRoute, "/api/v1/customers?colour=red", { key: viewer.secret });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid_request", param: "colour" } } });
    const badStatus = await call(listCustomersRoute, "/api/v1/customers?status=gone", { key: viewer.secret });
    expect(badStatus).toMatchObject({ status: 400, body: { error: { param: "status" } } });
  });
});

describe("PATCH /customers/{id} and status changes", () => {
  test("PATCH merges metadata (null deletes a key) and refuses unknown fields", async () => {
    const customer = (await createVia(createBody)).body;
    const params = { customerId: customer.id };
    const patched = await call(patchCustomerRoute, "/x", { method: "PATCH", key: admin.secret, params, body: { email: null, metadata: { region: null, seats: "5" } } });
    expect(patched).toMatchObject({ status: 200, body: { name: "Acme SAS", email: null, metadata: { plan: "pro", seats: "5" } } });
    expect(Object.keys(patched.body.metadata)).toEqual(["plan", "seats"]);

    const unknown = await call(patchCustomerRoute, "/x", { method: "PATCH", key: admin.secret, params, body: { status: "archived" } });
    expect(unknown).toMatchObject({ status: 400, body: { error: { param: "status", message: "Unknown field 'status'." } } });
    const currency = await call(patchCustomerRoute, "/x", { method: "PATCH", key: admin.secret, params, body: { preferred_currency: "EURO" } });
    expect(currency).toMatchObject({ status: 400, body: { error: { param: "preferred_currency" } } });
  });

  test("disable, enable and archive answer the customer, 409 on a wrong state, each audited", async () => {
    const customer = (await createVia(createBody)).body;
    const params = { customerId: customer.id };
    const post = (route: typeof disableRoute) => call(route, "/x", { method: "POST", key: admin.secret, params });

    expect(await post(disableRoute)).toMatchObject({ status: 200, body: { status: "disabled", disabled_at: expect.any(String) } });
    expect(await post(disableRoute)).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await post(enableRoute)).toMatchObject({ status: 200, body: { status: "active", disabled_at: null } });
    expect(await post(archiveRoute)).toMatchObject({ status: 200, body: { status: "archived", archived_at: expect.any(String) } });
    expect(await post(enableRoute)).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    const withField = await call(disableRoute, "/x", { key: admin.secret, params, body: { colour: "x" } });
    expect(withField).toMatchObject({ status: 400, body: { error: { param: "colour" } } });

    expect((await auditRows()).map((row) => [row.action, row.actorType, row.actorLabel])).toEqual([
      ["customer.create", "API_KEY", "API key ci-admin"],
      ["customer.disable", "API_KEY", "API key ci-admin"],
      ["customer.enable", "API_KEY", "API key ci-admin"],
      ["customer.archive", "API_KEY", "API key ci-admin"],
    ]);
  });
});

describe("contacts", () => {
  test("create (201), list and delete contacts", async () => {
    const customer = (await createVia(createBody)).body;
    const params = { customerId: customer.id };
    const created = await call(createContactRoute, "/x", { key: admin.secret, params, body: { name: "Bea", email: "bea@acme.example", role: "technical" } });
    expect(created).toMatchObject({ status: 201, body: { object: "customer_contact", customer_id: customer.id, role: "technical", receives_invoices: false } });

    const invalid = await call(createContactRoute, "/x", { key: admin.secret, params, body: { name: "X", email: "not-an-email" } });
    expect(invalid).toMatchObject({ status: 400, body: { error: { param: "email" } } });

    const listed = await call(listContactsRoute, "/x", { key: viewer.secret, params });
    expect(listed).toMatchObject({ status: 200, body: { object: "list", data: [{ id: created.body.id }], has_more: false } });

    const deleted = await call(deleteContactRoute, "/x", { method: "DELETE", key: admin.secret, params: { ...params, contactId: created.body.id } });
    expect(deleted).toMatchObject({ status: 200, body: { object: "customer_contact", id: created.body.id, deleted: true } });
    const again = await call(deleteContactRoute, "/x", { method: "DELETE", key: admin.secret, params: { ...params, contactId: created.body.id } });
    expect(again).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await call(listContactsRoute, "/x", { key: viewer.secret, params })).body.data).toEqual([]);
  });
});

describe("reverse charge, groups and sorting", () => {
  test("422 names reverse_charge without a tax_id and group_id for an unknown group; sort pages with an opaque cursor", async () => {
    const noTaxId = await createVia({ name: "B2B", reverse_charge: true });
    expect(noTaxId).toMatchObject({ status: 422, body: { error: { code: "unprocessable", param: "reverse_charge" } } });
    const noGroup = await createVia({ name: "B2B", group_id: "cgrp_nope" });
    expect(noGroup).toMatchObject({ status: 422, body: { error: { code: "unprocessable", param: "group_id" } } });

    for (const name of ["Zed", "Abe", "Abe"]) expect((await createVia({ name })).status).toBe(201);
    const first = await call(listCustomersRoute, "/api/v1/customers?sort=name&limit=2", { key: viewer.secret });
    expect(first.body.data.map((c: { name: string }) => c.name)).toEqual(["Abe", "Abe"]);
    expect(first.body.next_cursor).not.toMatch(/^cus_/);
    const second = await call(listCustomersRoute, `/api/v1/customers?sort=name&limit=2&starting_after=${first.body.next_cursor}`, { key: viewer.secret });
    expect(second.body).toMatchObject({ has_more: false, data: [{ name: "Zed" }] });
    const mixed = await call(listCustomersRoute, `/api/v1/customers?sort=-name&starting_after=${first.body.next_cursor}`, { key: viewer.secret });
    expect(mixed).toMatchObject({ status: 400, body: { error: { param: "starting_after" } } });
    const badSort = await call(listCustomersRoute, "/api/v1/customers?sort=email", { key: viewer.secret });
    expect(badSort).toMatchObject({ status: 400, body: { error: { param: "sort" } } });
  });
});

describe("history, export, anonymize and delete", () => {
  test("a reason travels into the history; export, anonymize (idempotent) and delete answer as documented", async () => {
    const customer = (await createVia(createBody)).body;
    const params = { customerId: customer.id };
    expect(await call(disableRoute, "/x", { key: admin.secret, params, body: { reason: "Chargeback" } })).toMatchObject({ status: 200 });
    expect(await call(enableRoute, "/x", { key: admin.secret, params, body: { reason: "" } })).toMatchObject({ status: 400, body: { error: { param: "reason" } } });
    const history = await call(historyRoute, "/x", { key: viewer.secret, params });
    expect(history).toMatchObject({ status: 200, body: { object: "list", data: [{ action: "disable", reason: "Chargeback", actor: "API key ci-admin" }, { action: "create" }] } });

    const exported = await call(exportRoute, "/x", { key: viewer.secret, params });
    expect(exported).toMatchObject({ status: 200, body: { object: "customer_export", customer: { id: customer.id, email: "ops@acme.example" } } });

    const anonymized = await call(anonymizeRoute, "/x", { method: "POST", key: admin.secret, params });
    expect(anonymized).toMatchObject({ status: 200, body: { name: `Anonymized customer ${customer.account_number}`, email: null, status: "archived", anonymized_at: expect.any(String) } });
    expect(await call(anonymizeRoute, "/x", { method: "POST", key: admin.secret, params })).toMatchObject({ status: 200, body: anonymized.body });
    expect(await call(anonymizeRoute, "/x", { method: "POST", key: viewer.secret, params })).toMatchObject({ status: 403 });

    expect(await call(deleteCustomerRoute, "/x", { method: "DELETE", key: viewer.secret, params })).toMatchObject({ status: 403 });
    expect(await call(deleteCustomerRoute, "/x", { method: "DELETE", key: admin.secret, params })).toMatchObject({ status: 200, body: { id: customer.id, deleted: true } });
    expect(await call(getCustomerRoute, "/x", { key: viewer.secret, params })).toMatchObject({ status: 404 });
    expect(await call(exportRoute, "/x", { key: viewer.secret, params })).toMatchObject({ status: 404 });
  });
});
