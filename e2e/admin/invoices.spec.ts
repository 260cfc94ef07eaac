import { expect, test } from "@playwright/test";
import { createApiKeyInUi } from "../fixtures/accounts";

const CUSTOMER = `E2E Invoiced ${Date.now()}`;

test("a one-off invoice: created with an inline error fixed, finalized, partly paid, credited, and totalled in the list", async ({ page, request }) => {
  const secret = await createApiKeyInUi(page, "e2e invoices");
  const customer = await request.post("/api/v1/customers", { headers: { authorization: `Bearer ${secret}` }, data: { name: CUSTOMER, preferred_currency: "EUR" } });
  expect(customer.status()).toBe(201);
  const customerId = (await customer.json()).id as string;

  await page.goto("/invoices/new");
  const form = page.getByRole("form", { name: "New invoice" });
  await form.getByLabel("Customer").selectOption(customerId);
  await expect(form.getByLabel("Currency")).toHaveValue("EUR");
  await form.getByLabel("Line 1 description").fill("Consulting");
  await form.getByLabel("Line 1 quantity").fill("-2");
  await form.getByLabel("Line 1 unit price (EUR)").fill("50");
  await form.getByRole("button", { name: "Add line" }).click();
  await form.getByLabel("Line 2 description").fill("Support");
  await form.getByLabel("Line 2 unit price (EUR)").fill("19.99");
  await form.getByRole("button", { name: "Create draft" }).click();
  const quantity = form.getByLabel("Line 1 quantity");
  await expect(quantity).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert").first()).toContainText("quantity must be a non-negative decimal");

  await quantity.fill("2");
  await form.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Draft invoice" })).toBeVisible();
  await expect(page.getByLabel("Totals")).toContainText("€119.99");

  await page.getByRole("button", { name: "Finalize" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Finalize" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^INV-\d{4}-\d{5}$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", /\/api\/admin\/invoices\/in_.+\/pdf$/);
  await expect(page.getByTitle("Invoice PDF preview")).toBeAttached();

  const payment = page.getByRole("form", { name: "Record a payment" });
  await payment.getByLabel("Amount (EUR)").fill("500");
  await payment.getByRole("button", { name: "Record payment" }).click();
  await expect(payment.getByLabel("Amount (EUR)")).toHaveAttribute("aria-invalid", "true");
  await payment.getByLabel("Amount (EUR)").fill("50.00");
  await payment.getByLabel("Reference").fill("SEPA-42");
  await payment.getByRole("button", { name: "Record payment" }).click();
  await expect(payment.getByRole("status")).toContainText("Payment recorded");
  await expect(page.getByText("Partially paid")).toBeVisible();
  await expect(page.getByRole("table", { name: "Payments" })).toContainText("SEPA-42");

  const credit = page.getByRole("form", { name: "Issue a credit note" });
  await credit.getByLabel("Credit on “Consulting” (EUR)").fill("10");
  await credit.getByLabel("Reason").selectOption("order_change");
  await credit.getByRole("button", { name: "Issue credit note" }).click();
  await expect(credit.getByRole("status")).toContainText("Credit note issued");
  await expect(page.getByRole("table", { name: "Credit notes" }).getByText(/^CN-\d{4}-\d{5}$/)).toBeVisible();
  await expect(page.getByLabel("Totals")).toContainText("€59.99");

  await page.goto(`/invoices?customer_id=${customerId}`);
  const list = page.getByRole("table", { name: "Invoices" });
  await expect(list.getByRole("link", { name: /^INV-/ })).toBeVisible();
  const footer = list.locator("tfoot");
  await expect(footer).toContainText("Total EUR (1 invoice)");
  await expect(footer).toContainText("€119.99");
  await expect(footer).toContainText("€59.99");
});

test("billing settings: a number format is previewed live and refused beside its field, the seller saved", async ({ page }) => {
  await page.goto("/settings/billing");
  const form = page.getByRole("form", { name: "Invoicing" });
  const format = form.getByLabel("Invoice number format");
  await format.fill("INV-{YYYY}-{0000");
  await expect(form.getByText(/exactly one sequence token/)).toBeVisible();
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(format).toHaveAttribute("aria-invalid", "true");

  await format.fill("INV-{YYYY}-{00000}");
  await expect(form.getByText(/Preview: INV-\d{4}-00001, INV-\d{4}-00042/)).toBeVisible();
  await form.getByLabel("Seller name").fill("E2E Seller SAS");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toContainText("Billing settings saved");
  await page.reload();
  await expect(page.getByRole("form", { name: "Invoicing" }).getByLabel("Seller name")).toHaveValue("E2E Seller SAS");
});
