import { expect, test } from "@playwright/test";

test("create a graduated plan, fix a bad tier inline, find it, activate it and preview its price", async ({ page }) => {
  const code = `e2e_tiered_${Date.now()}`;
  await page.goto("/catalog/plans/new");
  const form = page.getByRole("form", { name: "New plan" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Name", { exact: true }).fill("Tiered seats");
  await form.getByLabel("Charge name").fill("Seats");
  await form.getByLabel("Charge key").fill("seats");
  await form.getByLabel("Pricing model").selectOption("graduated");

  // Three tiers whose second bound is below the first: the server names charges[0].prices.EUR.tiers[1].up_to.
  await form.getByRole("button", { name: "Add tier" }).click();
  await form.getByLabel("EUR tier 1 up to").fill("100");
  await form.getByLabel("EUR tier 1 unit price").fill("1");
  await form.getByLabel("EUR tier 2 up to").fill("50");
  await form.getByLabel("EUR tier 2 unit price").fill("0.5");
  await form.getByLabel("EUR tier 3 unit price").fill("0.25");
  await form.getByRole("button", { name: "Create plan" }).click();
  const secondTierRow = form.getByRole("row").filter({ has: page.getByLabel("EUR tier 2 up to") });
  await expect(secondTierRow.getByRole("alert")).toContainText("must be greater than");
  await expect(form.getByLabel("EUR tier 2 up to")).toHaveAttribute("aria-invalid", "true");

  // Fix: drop the middle tier, leaving 0–100 at 1.00 and above at 0.25... then make the open tier 0.50.
  await form.getByRole("button", { name: "Remove EUR tier 2" }).click();
  await form.getByLabel("EUR tier 2 unit price").fill("0.5");
  await expect(form.getByLabel("EUR tier 2 up to")).toHaveValue("");
  await form.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Plan created." })).toBeVisible();

  await page.goto("/catalog/plans");
  await page.getByRole("searchbox", { name: "Search" }).fill(code);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${code}`));
  const plans = page.getByRole("table", { name: "Plans" });
  await expect(plans.getByRole("row")).toHaveCount(2);
  await plans.getByRole("link", { name: code }).click();

  await page.getByRole("button", { name: "Activate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Activate" }).click();
  await expect(page.getByRole("button", { name: "Deactivate" })).toBeVisible();

  // 100 × 1.00 + 50 × 0.50 = 125.00 EUR
  const tryIt = page.getByRole("form", { name: "Try it" });
  await tryIt.getByLabel("Seats: quantity").fill("150");
  await tryIt.getByRole("button", { name: "Preview price" }).click();
  await expect(tryIt.getByTestId("plan-preview-total")).toHaveText("€125.00");

  // Editing the name of a plan without subscribers re-saves every term unchanged: still version 1.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  const edit = page.getByRole("form", { name: "Edit Tiered seats" });
  await expect(edit.getByLabel("EUR tier 1 up to")).toHaveValue("100");
  await edit.getByLabel("Name", { exact: true }).fill("Tiered seats (2026)");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Plan saved." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tiered seats (2026)" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Versions" }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Price overrides" })).toContainText("No customer or group has its own price");
});
