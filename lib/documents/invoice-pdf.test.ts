// The template alone, on in-memory invoices (no database): paging, currencies without decimals,
// inclusive and exempt taxes, the payment terms wording.
import { describe, expect, test } from "vitest";
import { EMPTY_INVOICE_SUMMARY } from "../invoices/stored-invoice";
import { readPdf } from "../testing/pdf-text";
import type { InvoiceDocumentData, InvoiceDocumentLine } from "./invoice-document-data";
import { renderInvoicePdfDocument } from "./invoice-pdf";

const line = (index: number, amountMinor: bigint): InvoiceDocumentLine => ({
  description: `Line ${index}`,
  quantity: "1",
  unitAmount: null,
  amountMinor,
  discountMinor: 0n,
  totalMinor: amountMinor,
  taxInclusive: false,
  periodStart: null,
  periodEnd: null,
  breakdown: [],
});

function invoice(overrides: Partial<InvoiceDocumentData> = {}): InvoiceDocumentData {
  return {
    status: "OPEN",
    number: "INV-1",
    currency: "JPY",
    locale: "ja-JP",
    timeZone: "Asia/Tokyo",
    issuedAt: new Date("2026-04-30T16:00:00Z"),
    dueAt: new Date("2026-04-30T16:00:00Z"),
    periodStart: null,
    periodEnd: null,
    memo: null,
    subtotalMinor: 1500n,
    discountMinor: 0n,
    taxMinor: 0n,
    inclusiveTaxMinor: 0n,
    totalMinor: 1500n,
    creditAppliedMinor: 0n,
    amountDueMinor: 1500n,
    amountPaidMinor: 0n,
    summary: EMPTY_INVOICE_SUMMARY,
    parties: {
      seller: { name: "Seller KK", email: null, address: null, tax_id: null },
      buyer: { name: "Buyer GK", email: null, address: null, tax_id: null, account_number: "C-000007", reverse_charge: false, tax_exempt: false },
    },
    lines: [line(1, 1500n)],
    ...overrides,
  };
}

describe("invoice PDF template", () => {
  test("a currency without minor units, dates in the billing time zone, due on receipt, A4 outside North America", async () => {
    const { text, pageSizes } = await readPdf(await renderInvoicePdfDocument(invoice()));
    expect(pageSizes).toEqual([[595.28, 841.89]]);
    expect(text).toContain("Amount due ¥1,500");
    expect(text).toContain("2026/05/01"); // Apr 30 16:00 UTC is May 1 in Tokyo
    expect(text).toContain("Due on receipt");
    expect(text).toContain("C-000007");
  });

  test("names and currency signs beyond Latin-1 print as written (the font is embedded)", async () => {
    const data = invoice({ currency: "PLN", locale: "pl-PL", totalMinor: 123456n, amountDueMinor: 123456n });
    data.parties.buyer.name = "Spółka Łódź";
    const polish = await readPdf(await renderInvoicePdfDocument(data));
    expect(polish.text).toContain("Spółka Łódź");
    expect(polish.text).toContain("Total 1234,56 zł"); // Polish groups digits from five on
    const indian = await readPdf(await renderInvoicePdfDocument(invoice({ currency: "INR", locale: "en-IN", amountDueMinor: 12345678n })));
    expect(indian.text).toContain("Amount due ₹1,23,456.78");
  });

  test("long invoices break over pages with the page count in every footer", async () => {
    const lines = Array.from({ length: 90 }, (_, index) => line(index + 1, 100n));
    const { text, pageSizes } = await readPdf(
      await renderInvoicePdfDocument(invoice({ currency: "USD", locale: "en-US", lines, subtotalMinor: 9000n, totalMinor: 9000n, amountDueMinor: 9000n })),
    );
    expect(pageSizes.length).toBeGreaterThan(1);
    expect(pageSizes.every(([width, height]) => width === 612 && height === 792)).toBe(true);
    for (let page = 1; page <= pageSizes.length; page++) expect(text).toContain(`Page ${page} of ${pageSizes.length}`);
    expect(text).toContain("Line 90");
    expect(text).toContain("Amount due $90.00");
  }, 30_000);

  test("inclusive tax is shown as included, exempt customers get the exemption note, the memo is printed", async () => {
    const data = invoice({
      currency: "GBP",
      locale: "en-GB",
      subtotalMinor: 12000n,
      totalMinor: 12000n,
      inclusiveTaxMinor: 2000n,
      amountDueMinor: 12000n,
      memo: "PO 4471",
      summary: {
        tax_summary: [{ rate_id: "txr_1", name: "UK VAT", percent: "20", inclusive: true, taxable_base_minor: "10000", tax_minor: "2000" }],
        coupons: [],
        notes: ["Prices include VAT."],
      },
    });
    data.parties.buyer.tax_exempt = true;
    const { text } = await readPdf(await renderInvoicePdfDocument(data));
    expect(text).toContain("Total £120.00");
    expect(text).toContain("Includes tax £20.00");
    expect(text).toContain("UK VAT (incl.) 20% £100.00 £20.00");
    expect(text).not.toContain("UK VAT (20%)"); // no exclusive tax row in the totals
    expect(text).toContain("Tax exempt customer.");
    expect(text).toContain("Prices include VAT.");
    expect(text).toContain("PO 4471");
  });
});
