import { expect, test, type APIRequestContext } from "@playwright/test";
import { createApiKeyInUi, OWNER_STATE } from "../../fixtures/accounts";

let auth: Record<string, string>;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: OWNER_STATE });
  auth = { authorization: `Bearer ${await createApiKeyInUi(await context.newPage(), "conventions")}` };
  await context.close();
});

async function expectError(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string, param?: string) {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string; request_id: string; param?: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.request_id).toBe(response.headers()["request-id"]);
  if (param) expect(body.error.param).toBe(param);
}

test("without a key, with a bad key: 401 in the error shape", async ({ request }) => {
  await expectError(await request.get("/api/v1/me"), 401, "unauthenticated");
  await expectError(await request.get("/api/v1/me", { headers: { authorization: "Bearer bk_notarealkey000" } }), 401, "unauthenticated");
});

test("malformed JSON, unknown fields and wrong types: 400 naming the field", async ({ request }) => {
  const post = (data: string) => request.post("/api/v1/api_keys", { headers: { ...auth, "content-type": "application/json" }, data });
  await expectError(await post('{"name": '), 400, "invalid_request");
  await expectError(await post('{"name": "x", "colour": "red"}'), 400, "invalid_request", "colour");
  await expectError(await post('{"name": 42}'), 400, "invalid_request", "name");
  await expectError(await request.get("/api/v1/api_keys?limit=500", { headers: auth }), 400, "invalid_request", "limit");
});

test("Idempotency-Key replays the first response and refuses a different body", async ({ request }) => {
  const key = `e2e-${Date.now()}`;
  const headers = { ...auth, "idempotency-key": key };
  const first = await request.post("/api/v1/api_keys", { headers, data: { name: "idempotent" } });
  expect(first.status()).toBe(201);
  const replay = await request.post("/api/v1/api_keys", { headers, data: { name: "idempotent" } });
  expect(replay.status()).toBe(201);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  const created = await first.json();
  expect(await replay.json()).toEqual({ ...created, secret: null }); // the secret is shown once, never stored

  const list = await (await request.get("/api/v1/api_keys?limit=100", { headers: auth })).json();
  expect(list.data.filter((k: { name: string }) => k.name === "idempotent")).toHaveLength(1);

  await expectError(await request.post("/api/v1/api_keys", { headers, data: { name: "different" } }), 409, "idempotency_mismatch");
});

test("cursor pagination walks every key once", async ({ request }) => {
  for (let i = 0; i < 3; i++) await request.post("/api/v1/api_keys", { headers: auth, data: { name: `page-${i}` } });
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: { id: string }[]; has_more: boolean; next_cursor: string | null } = await (
      await request.get(`/api/v1/api_keys?limit=2${cursor ? `&starting_after=${cursor}` : ""}`, { headers: auth })
    ).json();
    seen.push(...page.data.map((k) => k.id));
    cursor = page.has_more ? page.next_cursor : null;
  } while (cursor);
  const all = await (await request.get("/api/v1/api_keys?limit=100", { headers: auth })).json();
  expect(seen).toEqual(all.data.map((k: { id: string }) => k.id));
});

test("the OpenAPI document is served and unknown routes answer 404 JSON", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toContain("/api_keys");
  await expectError(await request.get("/api/v1/no_such_thing", { headers: auth }), 404, "not_found");
});
