import { expect, test } from "@playwright/test";
import { addUserInUi, createApiKeyInUi, signedInPage } from "../fixtures/accounts";

test("a coupon: the error sits next to the field, then create, generate codes and check eligibility", async ({ page, request }) => {
  // A customer to check the coupon for, created through the API.
  const secret = await createApiKeyInUi(page, "e2e coupons");
  const created = await request.post("/api/v1/customers", { headers: { authorization: `Bearer ${secret}` }, data: { name: "Coupon Buyer" } });
  expect(created.status()).toBe(201);
  const customerId = (await created.json()).id as string;

  await page.goto("/catalog/coupons");
  await page.getByRole("link", { name: "New coupon" }).first().click();
  const form = page.getByRole("form", { name: "New coupon" });
  await form.getByLabel("Code", { exact: true }).fill("e2e-spring");
  await form.getByLabel("Name", { exact: true }).fill("Spring e2e");
  await form.getByLabel("Percent off").fill("10");
  await form.getByLabel("Amount off in EUR").fill("5.00");
  await form.getByRole("button", { name: "Create coupon" }).click();

  // Both kinds of discount: refused, with the message next to the percentage.
  const percent = form.getByLabel("Percent off");
  await expect(percent).toHaveAttribute("aria-invalid", "true");
  await expect(percent).toHaveAccessibleDescription("Give either percent_off or amounts_off, not both.");

  await form.getByLabel("Amount off in EUR").fill("");
  await form.getByRole("button", { name: "Create coupon" }).click();
  await expect(page).toHaveURL(/\/catalog\/coupons\/cpn_[0-9a-z]{26}\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Coupon E2E-SPRING created." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Spring e2e" })).toBeVisible();

  // Five single-use codes.
  const generate = page.getByRole("form", { name: "Generate codes" });
  await generate.getByLabel("Number of codes").fill("5");
  await generate.getByLabel("Prefix").fill("e2e-");
  await generate.getByRole("button", { name: "Generate codes" }).click();
  await expect(generate.getByRole("status")).toHaveText("5 codes generated.");
  const codeCells = page.getByRole("table", { name: "Discount codes" }).getByRole("cell").filter({ hasText: /^E2E-[A-Z2-9]{10}$/ });
  await expect(codeCells).toHaveCount(5);

  // Eligibility of one of the codes for the customer.
  const code = (await codeCells.first().textContent())!.trim();
  const checker = page.getByRole("form", { name: "Check eligibility" });
  await checker.getByLabel("Code to check").fill(code.toLowerCase());
  await checker.getByLabel("Customer id").fill(customerId);
  await checker.getByRole("button", { name: "Check" }).click();
  await expect(checker.getByTestId("eligibility-result")).toContainText("Eligible");

  await checker.getByLabel("Customer id").fill("cus_missing");
  await checker.getByRole("button", { name: "Check" }).click();
  await expect(checker.getByLabel("Customer id")).toHaveAccessibleDescription("No customer with id 'cus_missing'.");

  // Edit, then archive behind a confirmation.
  const edit = page.getByRole("form", { name: "Edit coupon" });
  await edit.getByLabel("Max redemptions", { exact: true }).fill("100");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Coupon saved.");
  await expect(page.getByText("0 of 100")).toBeVisible();

  await page.getByRole("button", { name: "Archive" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Archived", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit coupon" })).toHaveCount(0);

  // The list finds it by search and status.
  await page.goto("/catalog/coupons?q=spring&status=archived");
  await expect(page.getByRole("link", { name: "E2E-SPRING" })).toBeVisible();
});

test("a tax rate is created and listed", async ({ page }) => {
  await page.goto("/catalog/tax-rates");
  const form = page.getByRole("form", { name: "New tax rate" });
  await form.getByLabel("Code", { exact: true }).fill("E2E-FR-20");
  await form.getByLabel("Name", { exact: true }).fill("VAT");
  await form.getByLabel("Percentage").fill("100");
  await form.getByRole("button", { name: "Create tax rate" }).click();
  await expect(form.getByLabel("Percentage")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Percentage").fill("20");
  await form.getByLabel("Country").fill("FR");
  await form.getByLabel("Apply by default").check();
  await form.getByRole("button", { name: "Create tax rate" }).click();
  await expect(form.getByRole("status")).toHaveText("Tax rate E2E-FR-20 created.");
  const row = page.getByRole("table", { name: "Tax rates" }).getByRole("row").filter({ hasText: "E2E-FR-20" });
  await expect(row).toContainText("20 %");
  await expect(row).toContainText("FR");
});

test("a viewer reads coupons and tax rates without write controls, and may check eligibility", async ({ page, browser, request }) => {
  const viewer = { name: "Coupon Viewer", email: "coupon-viewer@example.com", password: "viewer-password-1234" };
  await addUserInUi(page, viewer, "viewer");

  const secret = await createApiKeyInUi(page, "e2e coupons viewer");
  const coupon = await request.post("/api/v1/coupons", { headers: { authorization: `Bearer ${secret}` }, data: { code: "READONLY", name: "Read only", amounts_off: { EUR: 500 } } });
  expect(coupon.status()).toBe(201);

  const viewerPage = await signedInPage(browser, viewer);
  await viewerPage.goto("/catalog/coupons");
  await expect(viewerPage.getByText("You are a viewer")).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "New coupon" })).toHaveCount(0);
  await viewerPage.getByRole("link", { name: "READONLY" }).click();
  await expect(viewerPage.getByRole("heading", { name: "Read only" })).toBeVisible();
  await expect(viewerPage.getByText("€5.00 off")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await expect(viewerPage.getByRole("form", { name: "Generate codes" })).toHaveCount(0);
  await expect(viewerPage.getByRole("form", { name: "Edit coupon" })).toHaveCount(0);
  await expect(viewerPage.getByRole("form", { name: "Check eligibility" })).toBeVisible();
  await viewerPage.goto("/catalog/tax-rates");
  await expect(viewerPage.getByRole("form", { name: "New tax rate" })).toHaveCount(0);
  await viewerPage.context().close();
});
