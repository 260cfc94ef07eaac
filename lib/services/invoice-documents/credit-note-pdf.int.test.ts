import { beforeEach, describe, expect, test } from "vitest";
import { expectAppError } from "../../testing/assertions";
import { insertCreditNoteFixture, insertInvoiceFixture } from "../../testing/invoice-fixtures";
import { readPdf } from "../../testing/pdf-text";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { renderCreditNotePdf } from "./render-credit-note-pdf";

beforeEach(resetDb);

describe("renderCreditNotePdf", () => {
  test("prints the credit note's lines and totals, reason, settlement and the credited invoice, with that invoice's parties and language", async () => {
    const { invoiceId } = await insertInvoiceFixture({ locale: "de-DE" });
    const { creditNoteId } = await insertCreditNoteFixture(invoiceId);
    const pdf = await renderCreditNotePdf(systemCtx("test"), creditNoteId);
    expect(pdf.filename).toBe("CN-2026-00001.pdf");
    const { text, pageSizes, title } = await readPdf(pdf.content);
    expect(pageSizes).toEqual([[595.28, 841.89]]);
    expect(title).toBe("Gutschrift CN-2026-00001");
    // pdf.js extracts the printed no-break spaces as plain spaces.
    for (const expected of [
      "Gutschrift",
      "CN-2026-00001",
      "Ursprüngliche Rechnung INV-2026-00001",
      "Produkt nicht zufriedenstellend",
      "10.12.2026",
      "Billow Demo SAS",
      "Acme Corporation",
      "Seats (unused) 100,00 € 5,50 € 105,50 €",
      "Zwischensumme 100,00 €",
      "Gesamt 105,50 €",
      "Two seats were never used.",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/Ausgleich\s+Dem Kundenguthaben\s+gutgeschrieben/); // wraps in the header's value column
  });

  test("an unknown credit note is not_found", async () => {
    await expectAppError(renderCreditNotePdf(systemCtx("test"), "cn_unknown"), "not_found", "No credit note with id 'cn_unknown'.");
  });
});
