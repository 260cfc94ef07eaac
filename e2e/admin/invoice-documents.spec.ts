import { expect, test } from "@playwright/test";
import { createApiKeyInUi } from "../fixtures/accounts";

test("Settings links to the outbox, which says mails are only recorded without SMTP", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("link", { name: /Outbox/ }).click();
  await expect(page).toHaveURL(/\/settings\/outbox$/);
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  await expect(page.getByText("No SMTP server is configured (SMTP_URL is unset)")).toBeVisible();
  await expect(page.getByText("No emails yet").or(page.getByRole("table", { name: "Sent emails" }))).toBeVisible();
});

test("the invoice PDF and send routes answer 404 in the error shape for an unknown invoice", async ({ page, request }) => {
  const admin = await page.request.get("/api/admin/invoices/in_unknown/pdf");
  expect(admin.status()).toBe(404);
  expect((await admin.json()).error).toMatchObject({ code: "not_found", param: "id" });

  const secret = await createApiKeyInUi(page, "e2e invoice documents");
  const headers = { authorization: `Bearer ${secret}` };
  const pdf = await request.get("/api/v1/invoices/in_unknown/pdf", { headers });
  expect(pdf.status()).toBe(404);
  expect((await pdf.json()).error.code).toBe("not_found");
  const send = await request.post("/api/v1/invoices/in_unknown/send", { headers, data: {} });
  expect(send.status()).toBe(404);
});
