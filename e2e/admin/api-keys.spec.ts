import { expect, test } from "@playwright/test";
import { createApiKeyInUi } from "../fixtures/accounts";

test("an API key created in Settings works once and stops working when revoked", async ({ page, request }) => {
  const secret = await createApiKeyInUi(page, "e2e backend");
  expect(secret).toMatch(/^bk_[0-9a-z]{40}$/);

  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).api_key).toMatchObject({ name: "e2e backend", role: "admin", prefix: secret.slice(0, 11) });

  // The secret is not shown again.
  await page.reload();
  await expect(page.getByTestId("new-api-key-secret")).toHaveCount(0);

  const row = page.getByRole("row").filter({ hasText: "e2e backend" });
  await row.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");

  const after = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("unauthenticated");
});

test("the audit log shows the key's creation and revocation", async ({ page }) => {
  await page.goto("/settings/audit-log");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "api_key.create" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "api_key.revoke" }).first()).toBeVisible();
});

test("the console's own JSON reads need the admin session, not an API key", async ({ page, playwright }) => {
  const withSession = await page.request.get("/api/admin/api-keys?limit=1");
  expect(withSession.status()).toBe(200);
  expect((await withSession.json()).object).toBe("list");

  const anonymous = await playwright.request.newContext({ storageState: { cookies: [], origins: [] } });
  const refused = await anonymous.get(new URL("/api/admin/api-keys", test.info().project.use.baseURL).toString());
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthenticated");
  await anonymous.dispose();
});
