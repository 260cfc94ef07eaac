import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

const NAME = `E2E Acme ${Date.now()}`;

async function downloadText(page: Page, trigger: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger()]);
  return fs.readFile((await download.path())!, "utf8");
}

test("create a customer with a contact, find it, export it and anonymize it", async ({ page }) => {
  await page.goto("/customers/new");
  const form = page.getByRole("form", { name: "New customer" });
  await form.getByLabel("Name", { exact: true }).fill(NAME);
  await form.getByLabel("Email", { exact: true }).fill("not-an-email");
  await form.getByRole("button", { name: "Create customer" }).click();
  await expect(form.getByText("Enter a valid email address.")).toBeVisible();

  await form.getByLabel("Email", { exact: true }).fill("billing@acme.example");
  const billing = form.getByRole("group", { name: "Billing address" });
  await billing.getByLabel("Address line 1").fill("1 rue de la Paix");
  await billing.getByLabel("City").fill("Paris");
  await billing.getByLabel("Country (ISO code)").fill("FR");
  await form.getByRole("button", { name: "Add metadata" }).click();
  await form.getByLabel("Key 1").fill("plan");
  await form.getByLabel("Value 1").fill("pro");
  await form.getByRole("button", { name: "Create customer" }).click();

  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Customer created." })).toBeVisible();
  await expect(page.getByTestId("balance-placeholder")).toContainText("No balance yet");
  const accountNumber = (await page.getByText(/^C-\d{6}$/).first().textContent())!.trim();

  const contactForm = page.getByRole("form", { name: "Add a contact" });
  await contactForm.getByLabel("Contact name").fill("Bea Billing");
  await contactForm.getByLabel("Contact email").fill("bea@acme.example");
  await contactForm.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("table", { name: "Contacts" }).getByRole("cell", { name: "bea@acme.example" })).toBeVisible();

  // Search by name, then by metadata key=value.
  await page.goto("/customers");
  for (const search of [NAME.slice(0, 12).toLowerCase(), "plan=pro"]) {
    await page.getByLabel("Search").fill(search);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("link", { name: NAME })).toBeVisible();
  }
  const csv = await downloadText(page, () => page.getByRole("link", { name: "Export CSV" }).click());
  expect(csv).toContain(NAME);
  expect(csv).toContain("billing@acme.example");

  await page.getByRole("link", { name: NAME }).click();
  const exported = JSON.parse(await downloadText(page, () => page.getByRole("link", { name: "Export data (JSON)" }).click()));
  expect(exported).toMatchObject({ object: "customer_export", customer: { name: NAME, email: "billing@acme.example", metadata: { plan: "pro" } }, contacts: [{ email: "bea@acme.example" }] });

  await page.getByRole("button", { name: "Anonymize" }).click();
  const dialog = page.getByRole("dialog");
  const confirm = dialog.getByRole("button", { name: "Anonymize" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${accountNumber} to confirm`).fill(accountNumber);
  await confirm.click();
  await expect(page.getByRole("heading", { level: 1, name: `Anonymized customer ${accountNumber}` })).toBeVisible();
  await expect(page.getByText("billing@acme.example")).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Status history" }).getByRole("cell", { name: "Anonymized" })).toBeVisible();
});

test("a CSV import dry run shows the bad row's error and imports nothing", async ({ page }) => {
  await page.goto("/customers/import");
  await page.getByLabel("Or paste the CSV").fill(["name,email,external_ref", "Good Row Ltd,good@example.com,imp-1", "Bad Row Ltd,not-an-email,imp-2"].join("\n"));
  await page.getByRole("button", { name: "Check file" }).click();
  const errors = page.getByRole("table", { name: "Errors in the file" });
  const row = errors.getByRole("row").filter({ hasText: "Enter a valid email address." });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").first()).toHaveText("3");
  await expect(row.getByRole("cell", { name: "email", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();

  await page.goto("/customers?q=Good+Row");
  await expect(page.getByText("No customer matches these filters.")).toBeVisible();
});

test("a customer group's defaults fill a member's unset settings; archiving keeps its members", async ({ page }) => {
  await page.goto("/customers/groups/new");
  const form = page.getByRole("form", { name: "New customer group" });
  await form.getByLabel("Code").fill("resellers-e2e");
  await form.getByLabel("Name", { exact: true }).fill("Resellers E2E");
  await form.getByLabel("Default payment terms (days)").fill("400");
  await form.getByRole("button", { name: "Create group" }).click();
  await expect(form.getByText("payment_terms_days must be a whole number from 0 to 365.")).toBeVisible();
  await form.getByLabel("Default payment terms (days)").fill("30");
  await form.getByLabel("Default currency").fill("EUR");
  await form.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resellers E2E" })).toBeVisible();

  await page.goto("/customers/new");
  const customerForm = page.getByRole("form", { name: "New customer" });
  await customerForm.getByLabel("Name", { exact: true }).fill("Group Member Co");
  await customerForm.getByLabel("Group").selectOption({ label: "Resellers E2E" });
  await customerForm.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Group Member Co" })).toBeVisible();
  await expect(page.getByText("30 days")).toBeVisible();
  await expect(page.getByRole("link", { name: "Resellers E2E" })).toBeVisible();

  await page.goto("/customers/groups");
  const row = page.getByRole("row").filter({ hasText: "Resellers E2E" });
  await expect(row.getByRole("link", { name: "1" })).toBeVisible();
  await row.getByRole("link", { name: "Resellers E2E" }).click();
  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("This group is archived")).toBeVisible();
});

test("editing shows the server's business-rule error next to its field; a status change keeps its reason in the history", async ({ page }) => {
  await page.goto("/customers/new");
  await page.getByLabel("Name", { exact: true }).fill("Editable Co");
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Editable Co" })).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  const form = page.getByRole("form", { name: "Edit Editable Co" });
  await form.getByLabel("Reverse charge (needs a tax id)").check();
  await form.getByRole("button", { name: "Save customer" }).click();
  await expect(form.getByText("reverse_charge needs a tax_id: set the customer's tax_id first.")).toBeVisible();
  await form.getByLabel("Tax id", { exact: true }).fill("DE123456789");
  await form.getByRole("button", { name: "Save customer" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Customer saved." })).toBeVisible();

  await page.goBack();
  await page.reload();
  await expect(page.getByText("Reverse charge", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Disable" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reason (optional)").fill("Payment dispute");
  await dialog.getByRole("button", { name: "Disable" }).click();
  const history = page.getByRole("table", { name: "Status history" });
  await expect(history.getByRole("row").filter({ hasText: "Disabled" })).toContainText("Payment dispute");
  await expect(page.getByRole("button", { name: "Enable" })).toBeVisible();
});
