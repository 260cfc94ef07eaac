import { expect, test } from "@playwright/test";

test("the catalogue's price preview prices graduated tiers and names a bad field", async ({ page }) => {
  await page.goto("/catalog");
  const form = page.getByRole("form", { name: "Price preview" });
  await form.getByLabel("Quantity").fill("1500");
  await form.getByRole("button", { name: "Preview price" }).click();
  // 100 × 0.10 + 900 × 0.05 + 2 + 500 × 0.01 = 62.00 EUR
  await expect(form.getByTestId("price-preview-amount")).toHaveText("€62.00");
  await expect(form.getByRole("table", { name: "Breakdown" })).toBeVisible();

  await form.getByLabel("Start from an example").selectOption("package");
  const definition = form.getByLabel("Charge definition (JSON)");
  await definition.fill((await definition.inputValue()).replace('"package_size": "1000"', '"package_size": "0"'));
  await form.getByRole("button", { name: "Preview price" }).click();
  await expect(form.getByRole("alert").filter({ hasText: /package/i })).toBeVisible();
});
