import { expect, test } from "@playwright/test";
import { addUserInUi, signedInPage } from "../fixtures/accounts";

test("units and features: created, edited and archived; the overview counts them", async ({ page }) => {
  await page.goto("/catalog/units");
  const unitForm = page.getByRole("form", { name: "New unit" });
  await unitForm.getByLabel("Code").fill("e2e-seat");
  await unitForm.getByLabel("Name", { exact: true }).fill("Seat");
  await unitForm.getByLabel("Plural").fill("Seats");
  await unitForm.getByRole("button", { name: "Create unit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Seat" })).toBeVisible();
  const editUnit = page.getByRole("form", { name: "Edit unit" });
  await editUnit.getByLabel("Plural").fill("");
  await editUnit.getByRole("button", { name: "Save changes" }).click();
  await expect(editUnit.getByRole("status")).toHaveText("Unit saved.");
  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Unarchive" })).toBeVisible();

  await page.goto("/catalog/features");
  const featureForm = page.getByRole("form", { name: "New feature" });
  await featureForm.getByLabel("Code").fill("e2e-projects");
  await featureForm.getByLabel("Name").fill("Projects");
  await featureForm.getByLabel("Type").selectOption("limit");
  await featureForm.getByRole("button", { name: "Create feature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await page.goto("/catalog/features?type=limit");
  await expect(page.getByRole("row").filter({ hasText: "e2e-projects" })).toContainText("limit");

  await page.goto("/catalog");
  await expect(page.getByRole("list", { name: "Catalogue sections" }).getByRole("link", { name: /^Features/ })).toContainText("1");
  await expect(page.getByRole("form", { name: "Price preview" })).toBeVisible();
});

test("an exchange rate is added (a bad rate first), converts an amount, and only a future rate can be deleted", async ({ page }) => {
  await page.goto("/catalog/exchange-rates");
  const form = page.getByRole("form", { name: "Add an exchange rate" });
  await form.getByLabel("Base currency").selectOption("USD");
  await form.getByLabel("Quote currency").selectOption("JPY");
  await form.getByLabel("Rate").fill("-150");
  await form.getByRole("button", { name: "Add rate" }).click();
  await expect(form.getByLabel("Rate")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Rate").fill("150.25");
  await form.getByRole("button", { name: "Add rate" }).click();
  await expect(form.getByRole("status")).toHaveText("Added 1 USD = 150.25 JPY.");

  const converter = page.getByRole("form", { name: "Convert an amount" });
  await converter.getByLabel("Amount").fill("10.00");
  await converter.getByLabel("From").selectOption("USD");
  await converter.getByLabel("To").selectOption("JPY");
  await converter.getByRole("button", { name: "Convert" }).click();
  await expect(converter.getByTestId("converted-amount")).toHaveText("¥1,503"); // 1502.5 rounds half up

  await form.getByLabel("Base currency").selectOption("USD");
  await form.getByLabel("Quote currency").selectOption("JPY");
  await form.getByLabel("Rate").fill("160");
  await form.getByLabel("Effective from").fill("2099-01-01T00:00:00");
  await form.getByRole("button", { name: "Add rate" }).click();
  await expect(form.getByRole("status")).toHaveText("Added 1 USD = 160 JPY.");

  const future = page.getByRole("row").filter({ hasText: "= 160 JPY" });
  const current = page.getByRole("row").filter({ hasText: "= 150.25 JPY" });
  await expect(current.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await future.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(future).toHaveCount(0);
  await expect(current).toBeVisible();
});

test("a viewer reads the catalogue without any write control", async ({ page, browser }) => {
  const viewer = { name: "Cata Viewer", email: "catalog-viewer@example.com", password: "viewer-password-1234" };
  await addUserInUi(page, viewer, "viewer");
  await page.goto("/catalog/units");
  const unitForm = page.getByRole("form", { name: "New unit" });
  await unitForm.getByLabel("Code").fill("e2e-gb");
  await unitForm.getByLabel("Name", { exact: true }).fill("Gigabyte");
  await unitForm.getByRole("button", { name: "Create unit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gigabyte" })).toBeVisible();

  const viewerPage = await signedInPage(browser, viewer);
  await viewerPage.goto("/catalog/units");
  await expect(viewerPage.getByText("You are a viewer")).toBeVisible();
  await expect(viewerPage.getByRole("form", { name: "New unit" })).toHaveCount(0);
  await viewerPage.getByRole("link", { name: "e2e-gb" }).click();
  await expect(viewerPage.getByRole("heading", { level: 1, name: "Gigabyte" })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: /archive/i })).toHaveCount(0);
  await viewerPage.goto("/catalog/products");
  await expect(viewerPage.getByRole("link", { name: "New product" })).toHaveCount(0);
  await viewerPage.goto("/catalog/products/new");
  await expect(viewerPage).toHaveURL(/\/catalog\/products$/);
  await viewerPage.goto("/catalog/exchange-rates");
  await expect(viewerPage.getByRole("form", { name: "Add an exchange rate" })).toHaveCount(0);
  await expect(viewerPage.getByRole("form", { name: "Convert an amount" })).toBeVisible();
  await viewerPage.context().close();
});
