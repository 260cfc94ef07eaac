// Drives the real /api/v1/customer_groups route handlers against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { POST as archiveGroupRoute } from "@/app/api/v1/customer_groups/[groupId]/archive/route";
import { GET as getGroupRoute, PATCH as patchGroupRoute } from "@/app/api/v1/customer_groups/[groupId]/route";
import { GET as byCodeRoute } from "@/app/api/v1/customer_groups/by_code/[code]/route";
import { GET as listGroupsRoute, POST as createGroupRoute } from "@/app/api/v1/customer_groups/route";
import { GET as getCustomerRoute } from "@/app/api/v1/customers/[customerId]/route";
import { GET as listCustomersRoute, POST as createCustomerRoute } from "@/app/api/v1/customers/route";
import { systemCtx } from "../services/context";
import { auditRows, tableCounts } from "../testing/assertions";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let admin: { secret: string };
let viewer: { secret: string };

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" });
  viewer = await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" });
});

const createGroup = (body: object, key = admin.secret) => call(createGroupRoute, "/api/v1/customer_groups", { key, body });

describe("customer groups", () => {
  test("create, retrieve by id and code, list, update and archive; members get the defaults", async () => {
    const created = await createGroup({ code: "resellers", name: "Resellers", payment_terms_days: 45, preferred_currency: "EUR", tax_exempt: true });
    expect(created).toMatchObject({
      status: 201,
      body: {
        object: "customer_group",
        id: expect.stringMatching(/^cgrp_/),
        code: "resellers",
        name: "Resellers",
        description: null,
        payment_terms_days: 45,
        preferred_currency: "EUR",
        locale: null,
        tax_exempt: true,
        member_count: 0,
        archived_at: null,
      },
    });
    const group = created.body;
    const params = { groupId: group.id };
    expect(await createGroup({ code: "resellers", name: "Again" })).toMatchObject({ status: 409, body: { error: { code: "conflict", param: "code" } } });
    expect(await createGroup({ code: "bad code!", name: "X" })).toMatchObject({ status: 400, body: { error: { param: "code" } } });
    expect(await createGroup({ code: "x", name: "X", locale: "french" })).toMatchObject({ status: 400, body: { error: { param: "locale" } } });

    const member = await call(createCustomerRoute, "/api/v1/customers", { key: admin.secret, body: { name: "Member", group_id: group.id } });
    expect(member.body).toMatchObject({ group_id: group.id, payment_terms_days: 0, effective: { payment_terms_days: 45, preferred_currency: "EUR", tax_exempt: true, locale: "en" } });
    await call(createCustomerRoute, "/api/v1/customers", { key: admin.secret, body: { name: "Outsider" } });

    expect(await call(getGroupRoute, "/x", { key: viewer.secret, params })).toMatchObject({ status: 200, body: { id: group.id, member_count: 1 } });
    expect(await call(byCodeRoute, "/x", { key: viewer.secret, params: { code: "resellers" } })).toMatchObject({ status: 200, body: { id: group.id } });
    expect(await call(byCodeRoute, "/x", { key: viewer.secret, params: { code: "nope" } })).toMatchObject({ status: 404, body: { error: { param: "code" } } });
    const members = await call(listCustomersRoute, `/api/v1/customers?group_id=${group.id}`, { key: viewer.secret });
    expect(members.body.data.map((c: { id: string }) => c.id)).toEqual([member.body.id]);

    const patched = await call(patchGroupRoute, "/x", { method: "PATCH", key: admin.secret, params, body: { payment_terms_days: null, locale: "fr-FR", description: "EU resellers" } });
    expect(patched).toMatchObject({ status: 200, body: { payment_terms_days: null, locale: "fr-FR", description: "EU resellers", code: "resellers" } });
    expect(await call(patchGroupRoute, "/x", { method: "PATCH", key: admin.secret, params, body: { code: "renamed" } })).toMatchObject({
      status: 400,
      body: { error: { param: "code", message: "Unknown field 'code'." } },
    });
    const memberNow = await call(getCustomerRoute, "/x", { key: viewer.secret, params: { customerId: member.body.id } });
    expect(memberNow.body.effective).toEqual({ payment_terms_days: 0, preferred_currency: "EUR", locale: "fr-FR", tax_exempt: true });

    const other = (await createGroup({ code: "partners", name: "Partners" })).body;
    const list = await call(listGroupsRoute, "/api/v1/customer_groups?limit=1", { key: viewer.secret });
    expect(list.body).toMatchObject({ object: "list", has_more: true, data: [{ id: other.id }] });
    const rest = await call(listGroupsRoute, `/api/v1/customer_groups?limit=1&starting_after=${list.body.next_cursor}`, { key: viewer.secret });
    expect(rest.body).toMatchObject({ has_more: false, data: [{ id: group.id, member_count: 1 }] });
    expect((await call(listGroupsRoute, "/api/v1/customer_groups?q=PART", { key: viewer.secret })).body.data.map((g: { id: string }) => g.id)).toEqual([other.id]);

    expect(await call(archiveGroupRoute, "/x", { method: "POST", key: admin.secret, params })).toMatchObject({ status: 200, body: { archived_at: expect.any(String) } });
    expect(await call(archiveGroupRoute, "/x", { method: "POST", key: admin.secret, params })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await call(patchGroupRoute, "/x", { method: "PATCH", key: admin.secret, params, body: { name: "x" } })).toMatchObject({ status: 409 });
    const archivedOnly = await call(listGroupsRoute, "/api/v1/customer_groups?status=archived", { key: viewer.secret });
    expect(archivedOnly.body.data.map((g: { id: string }) => g.id)).toEqual([group.id]);
    const joining = await call(createCustomerRoute, "/api/v1/customers", { key: admin.secret, body: { name: "Late", group_id: group.id } });
    expect(joining).toMatchObject({ status: 422, body: { error: { param: "group_id" } } });

    expect((await auditRows()).filter((row) => row.resourceType === "customer_group").map((row) => row.action)).toEqual([
      "customer_group.create",
      "customer_group.update",
      "customer_group.create",
      "customer_group.archive",
    ]);
  });

  test("a viewer key cannot write groups", async () => {
    const group = (await createGroup({ code: "g", name: "G" })).body;
    const before = await tableCounts();
    expect(await createGroup({ code: "h", name: "H" }, viewer.secret)).toMatchObject({ status: 403 });
    expect(await call(patchGroupRoute, "/x", { method: "PATCH", key: viewer.secret, params: { groupId: group.id }, body: { name: "x" } })).toMatchObject({ status: 403 });
    expect(await call(archiveGroupRoute, "/x", { method: "POST", key: viewer.secret, params: { groupId: group.id } })).toMatchObject({ status: 403 });
    expect(await tableCounts()).toEqual(before);
    expect(await call(getGroupRoute, "/x", { key: viewer.secret, params: { groupId: "cgrp_missing" } })).toMatchObject({ status: 404 });
  });
});
