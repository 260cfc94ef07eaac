// Usage limits in the console: events sent through the API with a key, a limit created in the UI
// below the usage already there (after an inline error), reached at once, its alert listed; a
// percentage refused inline for a customer whose price includes nothing.
import { expect, test } from "@playwright/test";
import { createApiKeyInUi } from "../fixtures/accounts";

test("create a usage limit in the UI, see it reached by usage sent through the API and its alert listed", async ({ page, request }) => {
  const secret = await createApiKeyInUi(page, "e2e usage limits");
  const headers = { authorization: `Bearer ${secret}` };
  const suffix = Date.now();
  const eventName = `e2e_call_${suffix}`;
  const meter = await request.post("/api/v1/meters", { headers, data: { code: `e2e-calls-${suffix}`, name: `E2E calls ${suffix}`, event_name: eventName, aggregation: "count" } });
  expect(meter.status()).toBe(201);
  const meterId = (await meter.json()).id as string;
  const customerName = `Limit Lou ${suffix}`;
  const customerId = (await (await request.post("/api/v1/customers", { headers, data: { name: customerName } })).json()).id as string;
  const events = Array.from({ length: 3 }, (_, i) => ({ transaction_id: `e2e-limit-${suffix}-${i}`, customer_id: customerId, event_name: eventName }));
  const batch = await request.post("/api/v1/events/batch", { headers, data: { events } });
  expect(batch.status()).toBe(200);

  await page.goto("/usage/limits");
  await expect(page.getByRole("heading", { level: 1, name: "Usage limits" })).toBeVisible();
  const form = page.getByRole("form", { name: "New usage limit" });
  await form.getByLabel("Find a customer").fill(customerName);
  await expect(form.getByRole("combobox", { name: "Customer" }).locator("option")).toHaveText([new RegExp(customerName)]);
  await form.getByLabel("Meter").selectOption(meterId);
  await form.getByLabel("Threshold", { exact: true }).fill("-2");
  await form.getByLabel("Name (optional)").fill(`E2E cap ${suffix}`);
  await form.getByRole("button", { name: "Create limit" }).click();
  await expect(form.getByText("threshold must be greater than 0.")).toBeVisible();
  await expect(form.getByLabel("Threshold", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Threshold", { exact: true }).fill("2");
  await form.getByLabel("Action").selectOption("warning");
  await form.getByRole("button", { name: "Create limit" }).click();
  await expect(form.getByRole("status")).toHaveText("Usage limit created: it is already reached, and its alert was emitted.");

  // The list, filtered on the customer: reached, 3 of 2.
  await page.getByRole("search", { name: "Filters" }).getByLabel("Customer").selectOption(customerId);
  await page.getByRole("search", { name: "Filters" }).getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`customer_id=${customerId}`));
  const row = page.getByRole("table", { name: "Usage limits" }).getByRole("row").filter({ hasText: `E2E cap ${suffix}` });
  await expect(row).toContainText("Warning reached");
  await expect(row.getByRole("progressbar", { name: "Usage 3 of 2" })).toHaveAttribute("aria-valuenow", "100");

  // The alert is in the outbox: on the page and through the API.
  await expect(page.getByRole("table", { name: "Recent alerts" }).getByRole("row").filter({ hasText: customerName })).toContainText("Warning at 2");
  const outbox = await (await request.get(`/api/v1/webhook_events?customer_id=${customerId}`, { headers })).json();
  expect(outbox.data).toHaveLength(1);
  expect(outbox.data[0]).toMatchObject({ type: "usage_limit.reached", data: { object: { customer_id: customerId, state: "reached", current_usage: "3" } } });

  // Raising the threshold on the limit's page clears the state.
  await row.getByRole("link", { name: `E2E cap ${suffix}` }).click();
  const edit = page.getByRole("form", { name: "Edit usage limit" });
  // A percentage needs a price of the meter that includes a quantity: this customer has none.
  await edit.getByLabel("Threshold as").selectOption("threshold_percent");
  await edit.getByLabel("Threshold (% of included)").fill("80");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText(/includes no quantity .* for threshold_percent to be a percentage of/)).toBeVisible();
  await expect(edit.getByLabel("Threshold (% of included)")).toHaveAttribute("aria-invalid", "true");
  await edit.getByLabel("Threshold as").selectOption("threshold");
  await edit.getByLabel("Threshold", { exact: true }).fill("10");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByText("OK", { exact: true })).toBeVisible();

  // The customer's usage tab lists its limits with their progress.
  await page.goto(`/customers/${customerId}/usage`);
  const customerLimit = page.getByRole("table", { name: "Usage limits" }).getByRole("row").filter({ hasText: `E2E cap ${suffix}` });
  await expect(customerLimit.getByRole("progressbar", { name: "Usage 3 of 10" })).toHaveAttribute("aria-valuenow", "30");
});
