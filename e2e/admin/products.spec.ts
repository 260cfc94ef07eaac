import { expect, test } from "@playwright/test";

test("a product family and a product in it: created with an inline error first, found, edited and archived", async ({ page }) => {
  // The family, then the same code again: the error sits under the Code field and nothing is created.
  await page.goto("/catalog/products/families");
  const familyForm = page.getByRole("form", { name: "New product family" });
  await familyForm.getByLabel("Code").fill("e2e-analytics");
  await familyForm.getByLabel("Name").fill("E2E Analytics");
  await familyForm.getByRole("button", { name: "Create family" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E Analytics" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Product family created." })).toBeVisible();

  await page.goto("/catalog/products/families");
  await familyForm.getByLabel("Code").fill("e2e-analytics");
  await familyForm.getByLabel("Name").fill("Again");
  await familyForm.getByRole("button", { name: "Create family" }).click();
  await expect(familyForm.getByLabel("Code")).toHaveAttribute("aria-invalid", "true");
  await expect(familyForm.getByRole("alert").filter({ hasText: "A product family with code 'e2e-analytics' already exists." })).toBeVisible();

  // The product: an invalid code is refused next to the field, then corrected.
  await page.goto("/catalog/products");
  await page.getByRole("link", { name: "New product" }).first().click();
  const productForm = page.getByRole("form", { name: "Product" });
  await productForm.getByLabel("Code").fill("E2E Dashboards");
  await productForm.getByLabel("Name").fill("E2E Dashboards");
  await productForm.getByLabel("Product family").selectOption({ label: "E2E Analytics (e2e-analytics)" });
  await productForm.getByLabel("Metadata").fill("tier=pro");
  await productForm.getByRole("button", { name: "Create product" }).click();
  await expect(productForm.getByRole("alert").filter({ hasText: "code may use lower-case letters" })).toBeVisible();
  await productForm.getByLabel("Code").fill("e2e-dashboards");
  await productForm.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E Dashboards" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Product created." })).toBeVisible();
  await expect(page.getByRole("link", { name: "E2E Analytics" })).toBeVisible();

  // Found by search on the list.
  await page.goto("/catalog/products");
  await page.getByLabel("Search products").fill("DASHBOARDS");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=DASHBOARDS/);
  const row = page.getByRole("row").filter({ hasText: "e2e-dashboards" });
  await expect(row).toContainText("E2E Analytics");
  await row.getByRole("link", { name: "e2e-dashboards" }).click();

  // Edited.
  const editForm = page.getByRole("form", { name: "Edit product" });
  await editForm.getByLabel("Name").fill("E2E Dashboards Pro");
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(editForm.getByRole("status")).toHaveText("Product saved.");
  await expect(page.getByRole("heading", { level: 1, name: "E2E Dashboards Pro" })).toBeVisible();

  // Archived, behind a confirmation: it becomes read-only and shows under the archived filter.
  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Unarchive" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit product" })).toHaveCount(0);

  await page.goto("/catalog/products?status=archived");
  await expect(page.getByRole("row").filter({ hasText: "e2e-dashboards" })).toContainText("Archived");
  await page.goto("/catalog/products?status=active&q=e2e-dashboards");
  await expect(page.getByText("No products match these filters.")).toBeVisible();
});
