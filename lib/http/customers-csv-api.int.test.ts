// CSV export and import of customers through /api/v1.
import { beforeEach, describe, expect, test } from "vitest";
import { GET as exportCsvRoute } from "@/app/api/v1/customers/export.csv/route";
import { POST as importRoute } from "@/app/api/v1/customers/import/route";
import { GET as listCustomersRoute, POST as createCustomerRoute } from "@/app/api/v1/customers/route";
import { parseCsv } from "../csv/csv";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { auditRows, tableCounts } from "../testing/assertions";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey, createTestCustomerGroup } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let admin: { secret: string };
let viewer: { secret: string };

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" });
  viewer = await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" });
});

const csv = (...lines: string[]) => lines.join("\r\n");

async function importCsv(body: string, { dryRun = false, key = admin.secret, contentType = "text/csv" } = {}) {
  const headers = new Headers({ authorization: `Bearer ${key}`, "content-type": contentType });
  const request = new Request(`http://test/api/v1/customers/import${dryRun ? "?dry_run=true" : ""}`, { method: "POST", headers, body });
  const response = await importRoute(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

describe("POST /customers/import", () => {
  test("a dry run reports every row error and writes nothing; a clean file imports all rows in one go", async () => {
    await call(createCustomerRoute, "/api/v1/customers", { key: admin.secret, body: { name: "Existing", external_ref: "taken" } });
    const group = await createTestCustomerGroup({ code: "vip" });
    const archived = await createTestCustomerGroup({ code: "old", archivedAt: new Date() });
    const before = await tableCounts();

    const bad = csv(
      "name,email,external_ref,tax_id,reverse_charge,group_id",
      `Fine,fine@example.com,r1,,,${group.id}`,
      "Bad,not-an-email,r2,,,",
      "Taken,,taken,,,",
      "Again,,r1,,,",
      "Reverse,,r3,,true,",
      `Archived,,r4,,,${archived.id}`,
    );
    const dry = await importCsv(bad, { dryRun: true });
    expect(dry).toMatchObject({ status: 200, body: { object: "customer_import", dry_run: true, row_count: 6, valid: false, customer_ids: [] } });
    expect(dry.body.errors).toEqual([
      { row: 3, column: "email", message: "Enter a valid email address." },
      { row: 4, column: "external_ref", message: "A customer with external_ref 'taken' already exists." },
      { row: 5, column: "external_ref", message: "external_ref 'r1' is also on row 2." },
      { row: 6, column: "reverse_charge", message: expect.stringContaining("needs a tax_id") },
      { row: 7, column: "group_id", message: expect.stringContaining("archived") },
    ]);

    const refused = await importCsv(bad);
    expect(refused).toMatchObject({ status: 422, body: { error: { code: "unprocessable", param: "rows[3].email" } } });
    expect(refused.body.error.details).toHaveLength(5);
    expect(refused.body.error.details[1]).toEqual({ param: "rows[4].external_ref", message: "A customer with external_ref 'taken' already exists." });
    expect(await tableCounts()).toEqual(before);

    const good = csv("name,email,external_ref,group_id,metadata.plan", `Fine,fine@example.com,r1,${group.id},pro`, '"Second, Ltd",,r2,,');
    expect((await importCsv(good, { dryRun: true })).body).toMatchObject({ valid: true, row_count: 2, errors: [], customer_ids: [] });
    expect(await tableCounts()).toEqual(before);
    const imported = await importCsv(good);
    expect(imported).toMatchObject({ status: 201, body: { dry_run: false, valid: true, row_count: 2 } });
    expect(imported.body.customer_ids).toHaveLength(2);
    const rows = await prisma().customer.findMany({ where: { id: { in: imported.body.customer_ids } }, orderBy: { accountNumber: "asc" } });
    expect(rows.map((row) => [row.name, row.externalRef, row.groupId, row.metadata])).toEqual([
      ["Fine", "r1", group.id, { plan: "pro" }],
      ["Second, Ltd", "r2", null, {}],
    ]);
    expect((await auditRows()).slice(-3).map((row) => row.action)).toEqual(["customer.create", "customer.create", "customer.import"]);
  });

  test("refuses a non-CSV body and viewer keys", async () => {
    expect(await importCsv('{"name":"x"}', { contentType: "application/json" })).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("text/csv") } } });
    expect(await importCsv("name\r\nX", { key: viewer.secret })).toMatchObject({ status: 403 });
  });
});

describe("GET /customers/export.csv", () => {
  test("exports the customers matching the filters, in the requested sort, as CSV", async () => {
    for (const body of [
      { name: "Beta", metadata: { plan: "pro" }, billing_address: { line1: "1", city: "Paris", country: "FR" } },
      { name: "=Alpha", metadata: { plan: "pro" } },
      { name: "Gamma", metadata: { plan: "free" } },
    ]) {
      expect((await call(createCustomerRoute, "/api/v1/customers", { key: admin.secret, body })).status).toBe(201);
    }
    const response = await exportCsvRoute(new Request("http://test/api/v1/customers/export.csv?metadata[plan]=pro&sort=-name", { headers: { authorization: `Bearer ${viewer.secret}` } }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parseCsv(await response.text());
    const name = header!.indexOf("name");
    expect(rows.map((row) => row[name])).toEqual(["Beta", "'=Alpha"]);
    expect(rows[0]![header!.indexOf("billing_address.city")]).toBe("Paris");
    expect(rows[0]![header!.indexOf("metadata.plan")]).toBe("pro");

    const badFilter = await exportCsvRoute(new Request("http://test/api/v1/customers/export.csv?limit=5", { headers: { authorization: `Bearer ${viewer.secret}` } }), {
      params: Promise.resolve({}),
    });
    expect(badFilter.status).toBe(400);
    expect((await call(listCustomersRoute, "/api/v1/customers?q=plan%3Dpro", { key: viewer.secret })).body.data).toHaveLength(2);
  });
});
