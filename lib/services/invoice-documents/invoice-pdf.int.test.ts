import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { PAGE_DIMENSIONS } from "../../documents/page-size";
import { expectAppError } from "../../testing/assertions";
import { insertInvoiceFixture } from "../../testing/invoice-fixtures";
import { readPdf } from "../../testing/pdf-text";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { renderInvoicePdf } from "./render-invoice-pdf";

// The PDF prints Intl's no-break spaces ("2 234,52 €"); pdf.js extracts them as plain spaces.
const NBSP = " ";
const ctx = () => systemCtx("test");

beforeEach(async () => {
  await resetDb();
});

describe("renderInvoicePdf", () => {
  test("prints the stored number, parties, lines, tier breakdown, discount, tax summary and totals (en-US, Letter)", async () => {
    const { invoiceId, customer } = await insertInvoiceFixture({ locale: "en-US" });
    const pdf = await renderInvoicePdf(ctx(), invoiceId);
    expect(pdf.filename).toBe("INV-2026-00001.pdf");
    expect(pdf.content.subarray(0, 5).toString()).toBe("%PDF-");

    const { text, pageSizes, title } = await readPdf(pdf.content);
    expect(pageSizes).toEqual([[...PAGE_DIMENSIONS.LETTER]]);
    expect(title).toBe("Invoice INV-2026-00001");
    for (const expected of [
      "Invoice",
      "INV-2026-00001",
      // seller and buyer, with addresses and tax ids
      "Billow Demo SAS",
      "10 rue de Rivoli",
      "75004 Paris",
      "Tax ID: FR40123456789",
      "Acme Corporation",
      "Suite 400",
      "12345 Springfield",
      "United States",
      "Tax ID: DE123456789",
      `C-${String(customer.accountNumber).padStart(6, "0")}`,
      // dates and terms
      "Dec 1, 2026",
      "Dec 31, 2026",
      "Net 30",
      "Nov 1 – 30, 2026",
      // lines: description, quantity, unit price, amount
      "Pro plan",
      "€99.00",
      "Seats",
      "120",
      "€15.00",
      "€1,800.00",
      "API calls",
      "25,000",
      "€387.50",
      // the tier breakdown under the usage line
      "Tier 1 (up to 10000)",
      "10,000",
      "€0.02",
      "€200.00",
      "Tier 2 (above 10000)",
      "€0.0125",
      "€187.50",
      // discount, taxes per rate, totals
      "Subtotal",
      "€2,286.50",
      "Discount (Launch 10%)",
      "-€228.65",
      "VAT 20% (20%)",
      "€87.57",
      "VAT 5.5% (5.5%)",
      "€89.10",
      "Tax summary",
      "€437.85",
      "€1,620.00",
      "Total",
      "€2,234.52",
      "Credit applied",
      "-€20.00",
      "Amount due",
      "€2,214.52",
      "Thank you for your business.",
      "Page 1 of 1",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain("DRAFT");
  });

  test("prints the totals exactly in French, on A4", async () => {
    const { invoiceId } = await insertInvoiceFixture({ locale: "fr-FR" });
    const { text, pageSizes } = await readPdf((await renderInvoicePdf(ctx(), invoiceId)).content);
    expect(pageSizes).toEqual([[...PAGE_DIMENSIONS.A4]]);
    for (const expected of [
      "Facture",
      "INV-2026-00001",
      `2${NBSP}234,52${NBSP}€`,
      `2${NBSP}214,52${NBSP}€`,
      `-228,65${NBSP}€`,
      `87,57${NBSP}€`,
      `5,5${NBSP}%`,
      "30 jours net",
      "États-Unis",
      "Récapitulatif TVA",
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  test.each([
    ["de-DE", "A4", `2.234,52${NBSP}€`],
    ["en-GB", "A4", "€2,234.52"],
    ["en-CA", "LETTER", "€2,234.52"],
  ] as const)("%s prints on %s with totals as %s", async (locale, size, total) => {
    const { invoiceId } = await insertInvoiceFixture({ locale });
    const { text, pageSizes } = await readPdf((await renderInvoicePdf(ctx(), invoiceId)).content);
    expect(pageSizes).toEqual([[...PAGE_DIMENSIONS[size]]]);
    expect(text).toContain(total);
  });

  test("a draft is marked DRAFT, named after its id, and shows the customer's and seller's current details", async () => {
    const { invoiceId, customerId } = await insertInvoiceFixture({ status: "DRAFT" });
    await prisma().customer.update({ where: { id: customerId }, data: { name: "Acme Renamed Inc.", reverseCharge: true } });
    const pdf = await renderInvoicePdf(ctx(), invoiceId);
    expect(pdf.filename).toBe(`draft-${invoiceId}.pdf`);
    const { text, title } = await readPdf(pdf.content);
    expect(title).toBe("Draft invoice");
    expect(text).toContain("Draft invoice");
    expect(text).toContain("DRAFT");
    expect(text).toContain("Acme Renamed Inc.");
    expect(text).toContain("Billow Demo SAS");
    expect(text).toContain("75004 Paris");
    expect(text).toContain("Reverse charge: the customer accounts for the tax on this invoice.");
    expect(text).toContain("€2,234.52");
  });

  test("a finalized invoice keeps the parties it was issued with", async () => {
    const { invoiceId, customerId } = await insertInvoiceFixture();
    await prisma().customer.update({ where: { id: customerId }, data: { name: "Acme Renamed Inc." } });
    const { text } = await readPdf((await renderInvoicePdf(ctx(), invoiceId)).content);
    expect(text).toContain("Acme Corporation");
    expect(text).not.toContain("Acme Renamed Inc.");
  });

  test("a void invoice carries a VOID watermark; a paid one says so and shows the amount paid", async () => {
    const voided = await insertInvoiceFixture({ status: "VOID", number: "INV-2026-00002" });
    expect((await readPdf((await renderInvoicePdf(ctx(), voided.invoiceId)).content)).text).toContain("VOID");
    const paid = await insertInvoiceFixture({ status: "PAID", number: "INV-2026-00003" });
    const { text } = await readPdf((await renderInvoicePdf(ctx(), paid.invoiceId)).content);
    expect(text).toContain("Invoice · PAID");
    expect(text).toMatch(/Amount paid\s*€2,214\.52/);
  });

  test("an unknown invoice is not_found", async () => {
    await expectAppError(renderInvoicePdf(ctx(), "in_unknown"), "not_found", "No invoice with id 'in_unknown'.");
  });
});
