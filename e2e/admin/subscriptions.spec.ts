import { expect, test } from "@playwright/test";
import { createApiKeyInUi } from "../fixtures/accounts";

test("subscribe a customer in the console, pause and resume, schedule a cancellation and undo it, all on the timeline", async ({ page, request }) => {
  const secret = await createApiKeyInUi(page, "e2e subscriptions");
  const headers = { authorization: `Bearer ${secret}` };
  const plan = await request.post("/api/v1/plans", {
    headers,
    data: {
      code: `e2e_subs_${Date.now()}`,
      name: "E2E Team",
      billing_interval: "month",
      interval_count: 1,
      billing_timing: "in_advance",
      trial_days: 0,
      currencies: ["EUR"],
      charges: [
        { key: "base", name: "Team plan", kind: "recurring", model: "flat", prices: { EUR: { amount: "29" } } },
        { key: "seats", name: "Seats", kind: "recurring", model: "per_seat", default_quantity: "1", prices: { EUR: { unit_price: "12" } } },
      ],
    },
  });
  expect(plan.status()).toBe(201);
  const planId = (await plan.json()).id as string;
  expect((await request.post(`/api/v1/plans/${planId}/activate`, { headers, data: {} })).status()).toBe(200);
  const customer = await request.post("/api/v1/customers", { headers, data: { name: "Subscriber Sam" } });
  const customerId = (await customer.json()).id as string;

  // From the customer's page to the New subscription form, with the customer preselected.
  await page.goto(`/customers/${customerId}`);
  await page.getByRole("link", { name: "New subscription" }).click();
  const form = page.getByRole("form", { name: "New subscription" });
  await expect(form.getByLabel("Customer")).toHaveValue(customerId);
  await form.getByLabel("Plan").selectOption({ label: "E2E Team (monthly)" });
  const seats = form.getByLabel("Seats quantity");
  await seats.fill("four");
  await form.getByRole("button", { name: "Create subscription" }).click();
  await expect(seats).toHaveAttribute("aria-invalid", "true");
  await seats.fill("4");
  await form.getByRole("button", { name: "Create subscription" }).click();

  await expect(page.getByRole("heading", { name: "Subscriber Sam on E2E Team" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Subscription created." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Items" })).toContainText("Seats");
  await expect(page.getByRole("table", { name: "Upcoming invoice lines" })).toContainText("€48.00");

  // Pause, then resume.
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("dialog").getByLabel("Reason (optional)").fill("Summer break");
  await page.getByRole("dialog").getByRole("button", { name: "Pause" }).click();
  await expect(page.getByText("Subscription paused.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pause" })).toHaveCount(0);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByText("Subscription resumed.")).toBeVisible();

  // Schedule a cancellation at period end, then undo it.
  await page.getByRole("button", { name: "Cancel at period end" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel at period end" }).click();
  await expect(page.getByText("Cancels at period end")).toBeVisible();
  await expect(page.getByRole("table", { name: "Scheduled changes" })).toContainText("Cancellation");
  await page.getByRole("button", { name: "Undo cancellation" }).click();
  await expect(page.getByText("Scheduled cancellation undone.")).toBeVisible();
  await expect(page.getByText("Cancels at period end")).toHaveCount(0);

  const timeline = page.getByRole("list", { name: "Timeline" });
  for (const entry of ["Subscribed", "Paused (Active → Paused)", "Resumed (Paused → Active)", "Cancellation scheduled", "Scheduled cancellation undone"]) {
    await expect(timeline).toContainText(entry);
  }
  await expect(timeline).toContainText("reason: Summer break");

  // The list finds it by customer and status.
  await page.goto("/subscriptions?q=Subscriber+Sam&status=active");
  await expect(page.getByRole("table", { name: "Subscriptions" }).getByRole("row").filter({ hasText: "Subscriber Sam" })).toHaveCount(1);
});

test("a test clock: create it, attach a customer, advance a month and see the renewal bill on the timeline", async ({ page, request }) => {
  const secret = await createApiKeyInUi(page, "e2e test clocks");
  const headers = { authorization: `Bearer ${secret}` };
  const plan = await request.post("/api/v1/plans", {
    headers,
    data: {
      code: `e2e_clock_${Date.now()}`,
      name: "E2E Clocked",
      billing_interval: "month",
      interval_count: 1,
      billing_timing: "in_advance",
      trial_days: 0,
      currencies: ["EUR"],
      charges: [{ key: "base", name: "Clocked plan", kind: "recurring", model: "flat", prices: { EUR: { amount: "10" } } }],
    },
  });
  const planId = (await plan.json()).id as string;
  await request.post(`/api/v1/plans/${planId}/activate`, { headers, data: {} });
  const customerId = (await (await request.post("/api/v1/customers", { headers, data: { name: "Clocked Carla" } })).json()).id as string;

  await page.goto("/subscriptions/test-clocks");
  const create = page.getByRole("form", { name: "New test clock" });
  await create.getByLabel("Name").fill("E2E renewals");
  await create.getByLabel("Start time (UTC)").fill("2026-01-01T00:00");
  await create.getByRole("button", { name: "Create test clock" }).click();
  await expect(page.getByRole("heading", { name: "E2E renewals" })).toBeVisible();
  await expect(page.getByText("Test clock created.")).toBeVisible();

  const attach = page.getByRole("form", { name: "Attach a customer" });
  await attach.getByLabel("Customer").selectOption(customerId);
  await attach.getByRole("button", { name: "Attach customer" }).click();
  await expect(attach.getByText("Customer attached.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Customers on this clock" })).toContainText("Clocked Carla");

  const subscription = await request.post("/api/v1/subscriptions", { headers, data: { customer_id: customerId, plan_id: planId } });
  expect(await subscription.json()).toMatchObject({ started_at: "2026-01-01T00:00:00.000Z" });
  const subscriptionId = (await subscription.json()).id as string;

  await page.reload();
  await page.getByRole("button", { name: "+1 month" }).click();
  await expect(page.getByText(/Clock moved to .*Feb 2026.*Billing run:/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Subscriptions on this clock" })).toContainText("Clocked Carla");

  await page.goto(`/subscriptions/${subscriptionId}`);
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Invoice created");
});
