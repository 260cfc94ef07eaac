// The documents of an invoice the billing run produced (not a fixture): the stored JSON the
// billing core writes is what the PDF and the email print.
import { beforeEach, expect, test } from "vitest";
import { createMonthlyPlan, createVat, customerOnTestClock, invoicesOf, subscribe, testCtx } from "../../testing/billing-fixtures";
import { upsertFixtureBillingSettings } from "../../testing/invoice-fixtures";
import { readPdf } from "../../testing/pdf-text";
import { resetDb } from "../../testing/reset-db";
import { advanceTestClock } from "../test-clocks/advance-test-clock";
import { renderInvoicePdf } from "./render-invoice-pdf";
import { sendInvoiceEmail } from "./send-invoice-email";

beforeEach(resetDb);

test("subscribe, advance the clock, then download and email the invoice the billing run issued", async () => {
  await upsertFixtureBillingSettings();
  await createVat("20", "FR");
  const plan = await createMonthlyPlan();
  const { clock, customer } = await customerOnTestClock("2026-03-01T00:00:00Z", {
    name: "Durand SARL",
    email: "compta@durand.example",
    locale: "fr-FR",
    billingAddress: { line1: "5 place Bellecour", city: "Lyon", postalCode: "69002", country: "FR" },
    paymentTermsDays: 30,
  });
  const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, quantities: { seats: "3" } });
  await advanceTestClock(testCtx(), clock.id, { frozen_time: new Date("2026-03-01T00:00:01Z") });
  const [invoice] = await invoicesOf(subscription.id);
  expect(invoice).toMatchObject({ number: "INV-2026-00001", status: "OPEN", total: 7200, tax: 1200 });

  const pdf = await renderInvoicePdf(testCtx(), invoice!.id);
  expect(pdf.filename).toBe("INV-2026-00001.pdf");
  const { text, pageSizes } = await readPdf(pdf.content);
  expect(pageSizes).toEqual([[595.28, 841.89]]);
  // pdf.js extracts the printed no-break spaces as plain spaces.
  for (const expected of [
    "Facture",
    "INV-2026-00001",
    "Billow Demo SAS",
    "Durand SARL",
    "69002 Lyon",
    "30 jours net",
    "Subscription",
    "30,00 €",
    "Seats",
    "3 10,00 € 30,00 €",
    "Sous-total 60,00 €",
    "VAT (20 %) 12,00 €",
    "Total 72,00 €",
    "Montant dû 72,00 €",
  ]) {
    expect(text, expected).toContain(expected);
  }

  const message = await sendInvoiceEmail(testCtx(), invoice!.id);
  expect(message).toMatchObject({
    to: "compta@durand.example",
    status: "outbox",
    subject: "Facture INV-2026-00001 – Billow Demo SAS",
    attachments: [{ filename: "INV-2026-00001.pdf", size: pdf.content.byteLength }],
  });
});
