// The whole billing journey in the console: a customer on a test clock subscribes, the clock moves
// a month, the renewal invoice appears, its PDF downloads (and says what the page says), a credit
// note is issued against it, and it is emailed (to the outbox, without SMTP).
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { createApiKeyInUi } from "../fixtures/accounts";

test("subscribe, advance a test clock a month, see the invoice, download its PDF, issue a credit note", async ({ page, request }) => {
  const secret = await createApiKeyInUi(page, "e2e billing journey");
  const headers = { authorization: `Bearer ${secret}` };
  const suffix = Date.now();
  const plan = await request.post("/api/v1/plans", {
    headers,
    data: {
      code: `e2e_journey_${suffix}`,
      name: "E2E Journey",
      billing_interval: "month",
      currencies: ["EUR"],
      charges: [
        { key: "base", name: "Journey plan", kind: "recurring", model: "flat", prices: { EUR: { amount: "40" } } },
        { key: "seats", name: "Journey seats", kind: "recurring", model: "per_seat", default_quantity: "1", prices: { EUR: { unit_price: "15" } } },
      ],
    },
  });
  expect(plan.status()).toBe(201);
  const planId = (await plan.json()).id as string;
  expect((await request.post(`/api/v1/plans/${planId}/activate`, { headers, data: {} })).status()).toBe(200);
  const customerName = `Journey Jo ${suffix}`;
  const customerId = (await (await request.post("/api/v1/customers", { headers, data: { name: customerName, preferred_currency: "EUR" } })).json()).id as string;

  // A test clock in March 2026 with the customer on it.
  await page.goto("/subscriptions/test-clocks");
  const newClock = page.getByRole("form", { name: "New test clock" });
  await newClock.getByLabel("Name").fill(`Journey ${suffix}`);
  await newClock.getByLabel("Start time (UTC)").fill("2026-03-01T00:00");
  await newClock.getByRole("button", { name: "Create test clock" }).click();
  await expect(page.getByText("Test clock created.")).toBeVisible();
  const clockUrl = page.url();
  const attach = page.getByRole("form", { name: "Attach a customer" });
  await attach.getByLabel("Customer").selectOption(customerId);
  await attach.getByRole("button", { name: "Attach customer" }).click();
  await expect(attach.getByText("Customer attached.")).toBeVisible();

  // Subscribe in the console with two seats: 40.00 + 2 × 15.00 = 70.00 a month.
  await page.goto(`/customers/${customerId}`);
  await page.getByRole("link", { name: "New subscription" }).click();
  const form = page.getByRole("form", { name: "New subscription" });
  await form.getByLabel("Plan").selectOption({ label: "E2E Journey (monthly)" });
  await form.getByLabel("Journey seats quantity").fill("2");
  await form.getByRole("button", { name: "Create subscription" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Subscription created." })).toBeVisible();
  const upcoming = page.getByRole("table", { name: "Upcoming invoice lines" });
  await expect(upcoming.getByRole("row").filter({ hasText: "Journey plan" })).toContainText("€40.00");
  await expect(upcoming.getByRole("row").filter({ hasText: "Journey seats" })).toContainText("€30.00");

  // A month later on the clock: the opening invoice (March) and the renewal (April) exist.
  await page.goto(clockUrl);
  await page.getByRole("button", { name: "+1 month" }).click();
  await expect(page.getByText(/Clock moved to .*Apr 2026.*Billing run:/)).toBeVisible();

  await page.goto(`/invoices?customer_id=${customerId}`);
  const list = page.getByRole("table", { name: "Invoices" });
  const numbers = list.getByRole("link", { name: /^INV-/ });
  await expect(numbers).toHaveCount(2);
  await expect(list.locator("tfoot")).toContainText("€140.00");

  // The April invoice: its lines, its PDF.
  await list.getByRole("row").filter({ hasText: "Apr" }).getByRole("link", { name: /^INV-/ }).first().click();
  const heading = page.getByRole("heading", { level: 1, name: /^INV-2026-\d{5}$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.trim();
  await expect(page.getByText("Journey plan").first()).toBeVisible();
  await expect(page.getByLabel("Totals")).toContainText("€70.00");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const bytes = new Uint8Array(await (await import("node:fs/promises")).readFile((await download.path())!));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  for (const expected of [number, customerName, "Journey plan", "Journey seats", "€70.00"]) expect(text).toContain(expected);

  // A credit note of 15.00 on the seats line.
  const credit = page.getByRole("form", { name: "Issue a credit note" });
  await credit.getByLabel("Credit on “Journey seats” (EUR)").fill("15");
  await credit.getByLabel("Reason").selectOption("order_change");
  await credit.getByRole("button", { name: "Issue credit note" }).click();
  await expect(credit.getByRole("status")).toContainText("Credit note issued");
  await expect(page.getByRole("table", { name: "Credit notes" }).getByText(/^CN-\d{4}-\d{5}$/)).toBeVisible();
  await expect(page.getByLabel("Totals")).toContainText("€55.00");

  // Email it: without SMTP the mail is recorded in the outbox, with the PDF attached.
  const send = page.getByRole("form", { name: "Send invoice by email" });
  await send.getByLabel("Send to").fill("ap@journey.example");
  await send.getByRole("button", { name: "Send invoice" }).click();
  await expect(send.getByText("Recorded in the outbox for ap@journey.example")).toBeVisible();
  await page.goto("/settings/outbox");
  await expect(page.getByRole("row").filter({ hasText: "ap@journey.example" }).first()).toContainText(number);
});
