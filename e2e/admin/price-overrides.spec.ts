import { expect, test } from "@playwright/test";
import { createApiKeyInUi } from "../fixtures/accounts";

test("a customer's price override: a bad amount is refused beside its field, then created, edited and listed on the plan and the customer", async ({ page, request }) => {
  const secret = await createApiKeyInUi(page, "e2e price overrides");
  const headers = { authorization: `Bearer ${secret}` };
  const plan = await request.post("/api/v1/plans", {
    headers,
    data: {
      code: `e2e_override_${Date.now()}`,
      name: "Override Plan",
      billing_interval: "month",
      interval_count: 1,
      billing_timing: "in_advance",
      trial_days: 0,
      currencies: ["EUR"],
      charges: [{ key: "base", name: "Base fee", kind: "recurring", model: "flat", prices: { EUR: { amount: "49" } } }],
    },
  });
  expect(plan.status()).toBe(201);
  const planId = (await plan.json()).id as string;
  const customer = await request.post("/api/v1/customers", { headers, data: { name: "Override Buyer" } });
  expect(customer.status()).toBe(201);
  const customerId = (await customer.json()).id as string;

  await page.goto(`/catalog/plans/${planId}`);
  const form = page.getByRole("form", { name: "Add a price override" });
  await expect(form.getByLabel("Charge")).toHaveValue(/chg_/);
  await form.getByLabel("Customer", { exact: true }).fill(customerId);
  const amount = form.getByLabel("Amount (EUR)");
  await amount.fill("-5");
  await amount.press("Enter");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert")).toHaveCount(1);

  await amount.fill("40");
  await amount.press("Enter");
  await expect(form.getByRole("status")).toContainText("Price override saved");
  await expect(amount).toHaveAttribute("aria-invalid", "false");
  const overrides = page.getByRole("table", { name: "Price overrides" });
  const row = overrides.getByRole("row").filter({ hasText: "Override Buyer" });
  await expect(row).toContainText("amount: 40");

  // Edit the price: again a wrong value first, then a right one.
  await row.getByRole("button", { name: "Edit price of base in EUR" }).click();
  const edit = page.getByRole("form", { name: "Edit price: base in EUR" });
  const editAmount = edit.getByLabel("Amount (EUR)");
  await expect(editAmount).toBeFocused();
  await expect(editAmount).toHaveValue("40");
  await editAmount.fill("ten");
  await editAmount.press("Enter");
  await expect(editAmount).toHaveAttribute("aria-invalid", "true");
  await editAmount.fill("35.50");
  await editAmount.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Price of base in EUR saved." })).toBeVisible();
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText("amount: 35.5");

  await row.getByRole("link", { name: "Override Buyer" }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customerId}$`));
  const customerOverrides = page.getByRole("table", { name: "Price overrides" });
  await expect(customerOverrides.getByRole("row").filter({ hasText: "base (v1)" })).toContainText("amount: 35.5");
  await customerOverrides.getByRole("link", { name: "Override Plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/catalog/plans/${planId}$`));
});
