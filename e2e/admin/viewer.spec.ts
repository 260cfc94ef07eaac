import { expect, test } from "@playwright/test";
import { addUserInUi, createApiKeyInUi, signedInPage } from "../fixtures/accounts";

const VIEWER = { name: "Victor Viewer", email: "viewer@example.com", password: "viewer-password-1234" };

test("a viewer can read but is refused every write", async ({ page, browser, request }) => {
  // The owner adds a viewer on Settings › Team.
  await addUserInUi(page, VIEWER, "viewer");

  // A viewer API key may read but not write.
  const viewerKey = await createApiKeyInUi(page, "read-only key", "viewer");
  const auth = { authorization: `Bearer ${viewerKey}` };
  expect((await request.get("/api/v1/api_keys", { headers: auth })).status()).toBe(200);
  const refused = await request.post("/api/v1/api_keys", { headers: auth, data: { name: "sneaky" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");

  // The viewer signs in: pages are readable, write controls are absent.
  const viewerPage = await signedInPage(browser, VIEWER);
  await viewerPage.goto("/settings/api-keys");
  await expect(viewerPage.getByRole("heading", { name: "API keys" })).toBeVisible();
  await expect(viewerPage.getByRole("row").filter({ hasText: "read-only key" })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Create API key" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  await viewerPage.goto("/settings/team");
  await expect(viewerPage.getByRole("button", { name: "Add user" })).toHaveCount(0);
  await viewerPage.context().close();
});
