import { expect, test } from "@playwright/test";
import { OWNER, OWNER_STATE } from "./fixtures/accounts";

test("first visit leads to owner setup, then to the admin shell", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Welcome to Billow" })).toBeVisible();

  await page.getByLabel("Your name").fill(OWNER.name);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("short");
  await page.getByRole("button", { name: "Create owner account" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
  await page.getByLabel("Confirm password").fill(OWNER.password);
  await page.getByRole("button", { name: "Create owner account" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("signed-in-user")).toContainText(OWNER.email);
  for (const section of ["Dashboard", "Customers", "Catalogue", "Subscriptions", "Invoices", "Usage", "Settings"]) {
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: section })).toBeVisible();
  }
  // Setup is a one-time step.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);

  await page.context().storageState({ path: OWNER_STATE });
});
