import { expect, test } from "@playwright/test";
import { OWNER, signIn } from "../fixtures/accounts";

test.use({ storageState: { cookies: [], origins: [] } });

test("admin pages require signing in", async ({ page }) => {
  await page.goto("/settings/team");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password is refused with a message, the right one signs in, sign-out ends the session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();

  await signIn(page, OWNER);
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});
