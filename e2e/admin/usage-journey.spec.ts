// Issue 4's bar: create a meter and a usage plan in the console, subscribe a customer, send events
// through the API, and watch the usage explorer and the customer's current usage update (without
// reloading: both refetch every few seconds), then send more and watch them update again.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createApiKeyInUi } from "../fixtures/accounts";

const LIVE = { timeout: 20_000 }; // a refetch (every 5 s) after the events were sent

async function sendEvents(request: APIRequestContext, secret: string, events: Record<string, unknown>[]) {
  const response = await request.post("/api/v1/events/batch", { headers: { authorization: `Bearer ${secret}` }, data: { events } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ accepted: events.length, rejected: 0 });
}

const totalsRow = (page: Page, label: string) =>
  page.getByRole("table", { name: "Usage totals" }).getByRole("row").filter({ has: page.getByRole(label === "All" ? "rowheader" : "cell", { name: label, exact: true }) });

test("meter and usage plan in the console, events through the API, the explorer and the customer's usage follow live", async ({ page, request }) => {
  const suffix = Date.now();
  const secret = await createApiKeyInUi(page, `e2e usage journey ${suffix}`);
  const eventName = `e2e.journey.${suffix}`;

  // The meter, through its form: a sum of tokens, split by model.
  await page.goto("/usage/meters/new");
  const meterForm = page.getByRole("form", { name: "New meter" });
  await meterForm.getByLabel("Code").fill(`journey-tokens-${suffix}`);
  await meterForm.getByLabel("Name", { exact: true }).fill(`Journey tokens ${suffix}`);
  await meterForm.getByLabel("Event name").fill(eventName);
  await meterForm.getByLabel("Aggregation").selectOption("sum");
  await meterForm.getByLabel("Property", { exact: true }).fill("tokens");
  await meterForm.getByLabel("Group by").fill("model");
  await meterForm.getByRole("button", { name: "Create meter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Meter created." })).toBeVisible();
  const meterId = page.url().replace(/\?.*$/, "").split("/").pop()!;
  expect(meterId).toMatch(/^mtr_/);

  // The usage plan, through the plan form: 0.01 EUR per token, billed in arrears; then activated.
  await page.goto("/catalog/plans/new");
  const planForm = page.getByRole("form", { name: "New plan" });
  await planForm.getByLabel("Code").fill(`journey_ai_${suffix}`);
  await planForm.getByLabel("Name", { exact: true }).fill(`Journey AI ${suffix}`);
  await planForm.getByLabel("Billing timing").selectOption("in_arrears");
  await planForm.getByLabel("Charge name").fill("Tokens");
  await planForm.getByLabel("Charge key").fill("tokens");
  await planForm.getByLabel("Kind").selectOption("usage");
  await planForm.getByLabel("Pricing model").selectOption("per_unit");
  await planForm.getByLabel("Meter", { exact: true }).selectOption(meterId);
  await planForm.getByLabel("Unit price (EUR)").fill("0.01");
  await planForm.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Plan created." })).toBeVisible();
  await page.getByRole("button", { name: "Activate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Activate" }).click();
  await expect(page.getByRole("button", { name: "Deactivate" })).toBeVisible();

  // A customer, subscribed in the console.
  const customerName = `Journey Labs ${suffix}`;
  const customer = await request.post("/api/v1/customers", { headers: { authorization: `Bearer ${secret}` }, data: { name: customerName, preferred_currency: "EUR" } });
  expect(customer.status()).toBe(201);
  const customerId = (await customer.json()).id as string;
  await page.goto(`/customers/${customerId}`);
  await page.getByRole("link", { name: "New subscription" }).click();
  const subscribe = page.getByRole("form", { name: "New subscription" });
  await subscribe.getByLabel("Plan").selectOption({ label: `Journey AI ${suffix} (monthly)` });
  await subscribe.getByRole("button", { name: "Create subscription" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Subscription created." })).toBeVisible();

  // The customer's usage tab, in a second tab of the browser: nothing used yet.
  const customerPage = await page.context().newPage();
  await customerPage.goto(`/customers/${customerId}`);
  await customerPage.getByRole("navigation", { name: "Customer pages" }).getByRole("link", { name: "Usage" }).click();
  await expect(customerPage).toHaveURL(new RegExp(`/customers/${customerId}/usage$`));
  await expect(customerPage.getByRole("navigation", { name: "Customer pages" }).getByRole("link", { name: "Usage" })).toHaveAttribute("aria-current", "page");
  const usageRow = customerPage.getByRole("table", { name: /^Current usage of sub_/ }).getByRole("row").filter({ hasText: `Journey tokens ${suffix}` });
  await expect(usageRow).toContainText("€0.00");

  // The explorer on this meter, last 24 hours by model: empty for now.
  await page.goto(`/usage?meter_id=${meterId}&range=24h&group_by=model`);
  await expect(page.getByLabel("Meter")).toHaveValue(meterId);
  await expect(page.getByLabel("Group by")).toHaveValue("model");
  await expect(page.getByRole("heading", { name: "No usage in this range" })).toBeVisible();

  // Events through the API: 100 + 25 small, 50 large.
  const event = (id: string, tokens: number, model: string) => ({ transaction_id: `${suffix}-${id}`, customer_id: customerId, event_name: eventName, properties: { tokens, model } });
  await sendEvents(request, secret, [event("a", 100, "small"), event("b", 50, "large"), event("c", 25, "small")]);

  await expect(totalsRow(page, "small").getByRole("cell").nth(1)).toHaveText("125", LIVE);
  await expect(totalsRow(page, "large").getByRole("cell").nth(1)).toHaveText("50");
  await expect(totalsRow(page, "All")).toContainText("175");
  await expect(page.getByRole("figure", { name: `Journey tokens ${suffix} per hour` }).locator(".recharts-bar-rectangle")).not.toHaveCount(0);
  const topCustomer = page.getByRole("list", { name: "Top customers" }).getByRole("listitem").filter({ hasText: customerName });
  await expect(topCustomer).toContainText("175");

  await expect(usageRow.getByRole("cell").nth(1)).toHaveText("175", LIVE);
  await expect(usageRow.getByRole("listitem").filter({ hasText: "small" })).toContainText("125");
  await expect(usageRow.getByRole("listitem").filter({ hasText: "large" })).toContainText("50");
  await expect(usageRow).toContainText("€1.75"); // 175 × 0.01

  // More events: 200 large; both pages follow without a reload.
  await sendEvents(request, secret, [event("d", 200, "large")]);
  await expect(totalsRow(page, "large").getByRole("cell").nth(1)).toHaveText("250", LIVE);
  await expect(totalsRow(page, "All")).toContainText("375");
  await expect(totalsRow(page, "small").getByRole("cell").nth(1)).toHaveText("125");
  await expect(topCustomer).toContainText("375");
  await expect(usageRow.getByRole("cell").nth(1)).toHaveText("375", LIVE);
  await expect(usageRow.getByRole("listitem").filter({ hasText: "large" })).toContainText("250");
  await expect(usageRow).toContainText("€3.75");

  // The customer filter finds the customer by name; the URL keeps it.
  const filter = page.getByRole("form", { name: "Customer filter" });
  await filter.getByLabel("Find a customer").fill(customerName);
  await expect(filter.getByRole("combobox", { name: "Customer" }).locator("option")).toHaveText(["All customers", new RegExp(customerName)]);
  await filter.getByRole("combobox", { name: "Customer" }).selectOption(customerId);
  await filter.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`customer_id=${customerId}`));
  await expect(page.getByText(`Showing one customer: ${customerId}`)).toBeVisible();
  await expect(totalsRow(page, "All")).toContainText("375");
  await expect(page.getByRole("list", { name: "Top customers" }).getByRole("listitem")).toHaveCount(1);
  // Back to all customers.
  await filter.getByRole("combobox", { name: "Customer" }).selectOption("");
  await filter.getByRole("button", { name: "Apply" }).click();
  await expect(page).not.toHaveURL(/customer_id=/);

  // The top customer links to the customer's usage tab; the tab links to their live events.
  await topCustomer.getByRole("link", { name: customerName }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customerId}/usage$`));
  await page.getByRole("link", { name: "Live events" }).click();
  await expect(page).toHaveURL(new RegExp(`/usage/events\\?customer_id=${customerId}$`));
  await expect(page.getByRole("table", { name: "Usage events" }).getByRole("row")).toHaveCount(5); // header + 4 events
});

test("live events: newest first, new rows arrive highlighted, pause and resume, details, older pages, filters", async ({ page, request }) => {
  const suffix = Date.now();
  const secret = await createApiKeyInUi(page, `e2e live events ${suffix}`);
  const headers = { authorization: `Bearer ${secret}` };
  const eventName = `e2e.live.${suffix}`;
  expect((await request.post("/api/v1/meters", { headers, data: { code: `live-${suffix}`, name: "Live calls", event_name: eventName, aggregation: "count" } })).status()).toBe(201);
  const customerId = (await (await request.post("/api/v1/customers", { headers, data: { name: `Live Co ${suffix}` } })).json()).id as string;
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const event = (id: string, minutes: number, properties: Record<string, unknown> = {}) => ({
    transaction_id: `${suffix}-${id}`,
    customer_id: customerId,
    event_name: eventName,
    timestamp: minutesAgo(minutes),
    properties,
  });
  await sendEvents(request, secret, Array.from({ length: 30 }, (_, i) => event(`old-${i}`, i + 1, { path: `/v1/items/${i}` })));

  await page.goto(`/usage/events?customer_id=${customerId}`);
  const table = page.getByRole("table", { name: "Usage events" });
  const rows = table.locator("tbody > tr");
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText(`${suffix}-old-0`); // newest first
  await page.getByRole("button", { name: "Load older events" }).click();
  await expect(rows).toHaveCount(30);
  await expect(rows.last()).toContainText(`${suffix}-old-29`);
  await expect(page.getByRole("button", { name: "Load older events" })).toHaveCount(0);
  await expect(table.locator("tr[data-new]")).toHaveCount(0);

  // A new event appears on top, highlighted, without a reload.
  await sendEvents(request, secret, [event("fresh", 0, { path: "/v1/fresh", bytes: 512 })]);
  await expect(rows.first()).toContainText(`${suffix}-fresh`);
  await expect(table.locator("tr[data-new]")).toHaveCount(1);
  await expect(table.locator("tr[data-new]")).toContainText("New");

  // Its details: the properties as JSON.
  await page.getByRole("button", { name: `Show details of ${suffix}-fresh` }).click();
  await expect(page.getByLabel(`Properties of ${suffix}-fresh`)).toContainText('"bytes": 512');
  await page.getByRole("button", { name: `Hide details of ${suffix}-fresh` }).click();

  // Paused: nothing new is fetched; resumed: it arrives.
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paused" })).toBeVisible();
  await sendEvents(request, secret, [event("while-paused", 0)]);
  await page.waitForTimeout(4_000);
  await expect(table.getByText(`${suffix}-while-paused`)).toHaveCount(0);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(table.getByText(`${suffix}-while-paused`)).toBeVisible();

  // Filters: one transaction; then only the events not counted (none here).
  await page.getByLabel("Transaction id").fill(`${suffix}-old-7`);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`transaction_id=${suffix}-old-7`));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Counted");
  await page.goto(`/usage/events?customer_id=${customerId}&counted=false`);
  await expect(table).toContainText("No events match these filters.");
});
