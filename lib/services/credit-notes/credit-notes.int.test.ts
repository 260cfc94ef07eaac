import { beforeEach, describe, expect, test } from "vitest";
import { GET as getCreditNoteRoute } from "@/app/api/v1/credit_notes/[creditNoteId]/route";
import { GET as listCreditNotesRoute, POST as createCreditNoteRoute } from "@/app/api/v1/credit_notes/route";
import { GET as balanceRoute } from "@/app/api/v1/customers/[customerId]/balance/route";
import { GET as transactionsRoute, POST as adjustRoute } from "@/app/api/v1/customers/[customerId]/balance_transactions/route";
import { GET as paymentsRoute, POST as payRoute } from "@/app/api/v1/invoices/[invoiceId]/payments/route";
import { GET as getInvoiceRoute } from "@/app/api/v1/invoices/[invoiceId]/route";
import { POST as voidRoute } from "@/app/api/v1/invoices/[invoiceId]/void/route";
import { POST as createInvoiceRoute } from "@/app/api/v1/invoices/route";
import { prisma } from "../../db/client";
import { createTaxRateSchema } from "../../schemas/tax-rate";
import { callRoute as call } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { createTaxRate } from "../tax-rates/create-tax-rate";

const ctx = () => systemCtx("test");
let admin: { secret: string };
const YEAR = new Date().getUTCFullYear();

const credit = (body: object) => call(createCreditNoteRoute, "/api/v1/credit_notes", { key: admin.secret, body });
const invoiceOf = async (id: string) => (await call(getInvoiceRoute, `/api/v1/invoices/${id}`, { key: admin.secret, params: { invoiceId: id } })).body;
const pay = (id: string, amount: number) => call(payRoute, `/api/v1/invoices/${id}/payments`, { key: admin.secret, body: { amount }, params: { invoiceId: id } });
const balanceOf = async (customerId: string) =>
  (await call(balanceRoute, `/api/v1/customers/${customerId}/balance`, { key: admin.secret, params: { customerId } })).body.balances;

/** Finalized: Consulting 3 × 19.99 = 59.97 + 11.99 tax; Setup 2 × 12.345 = 24.69 + 4.94 tax; total 101.59. */
async function openInvoice(customerId: string, finalize = true) {
  const rate = await createTaxRate(ctx(), createTaxRateSchema.parse({ code: `VAT-${Math.random()}`, name: "VAT", percentage: "20" }));
  const response = await call(createInvoiceRoute, "/api/v1/invoices", {
    key: admin.secret,
    body: {
      customer_id: customerId,
      currency: "EUR",
      finalize,
      lines: [
        { description: "Consulting", quantity: "3", unit_amount: "19.99", tax_rate_ids: [rate.id] },
        { description: "Setup", quantity: "2", unit_amount: "12.345", tax_rate_ids: [rate.id] },
      ],
    },
  });
  expect(response.body.total).toBe(10159);
  return response.body;
}

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(ctx(), { role: "admin" });
});

describe("credit notes", () => {
  test("a partial credit on one line credits its share of the tax and lowers what an open invoice asks", async () => {
    const customer = await createTestCustomer();
    const invoice = await openInvoice(customer.id);
    const consulting = invoice.lines[0].id;
    const response = await credit({ invoice_id: invoice.id, reason: "product_unsatisfactory", memo: "One session cancelled", lines: [{ invoice_line_id: consulting, amount: 2000 }] });
    expect(response.status).toBe(201);
    // 11.99 × 20.00 / 59.97 = 3.9987 → 4.00 tax.
    expect(response.body).toMatchObject({
      number: `CN-${YEAR}-00001`,
      invoice_number: invoice.number,
      reason: "product_unsatisfactory",
      settlement: "credit_balance",
      subtotal: 2000,
      tax: 400,
      total: 2400,
      lines: [{ invoice_line_id: consulting, description: "Consulting", amount: 2000, tax: 400, total: 2400 }],
    });
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: "open", total: 10159, credit_applied: 2400, amount_due: 7759, amount_remaining: 7759 });
    expect((await invoiceOf(invoice.id)).lines[0].credited).toBe(2000);
    expect(await balanceOf(customer.id)).toEqual([]);
    const voided = await call(voidRoute, `/api/v1/invoices/${invoice.id}/void`, { key: admin.secret, body: { reason: "x" }, params: { invoiceId: invoice.id } });
    expect(voided.status).toBe(409);
    expect(voided.body.error.message).toContain("credit notes");
    expect((await call(getCreditNoteRoute, `/api/v1/credit_notes/${response.body.id}`, { key: admin.secret, params: { creditNoteId: response.body.id } })).body).toEqual(response.body);
  });

  test("more than remains creditable on a line is a 422 naming lines[i].amount; wrong invoices are refused", async () => {
    const customer = await createTestCustomer();
    const invoice = await openInvoice(customer.id);
    const consulting = invoice.lines[0].id;
    expect((await credit({ invoice_id: invoice.id, reason: "other", lines: [{ invoice_line_id: consulting, amount: 2000 }] })).status).toBe(201);
    const over = await credit({ invoice_id: invoice.id, reason: "other", lines: [{ invoice_line_id: invoice.lines[1].id, amount: 1 }, { invoice_line_id: consulting, amount: 3998 }] });
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ param: "lines[1].amount", message: expect.stringContaining("3997") });
    const unknownLine = await credit({ invoice_id: invoice.id, reason: "other", lines: [{ invoice_line_id: "il_nope", amount: 1 }] });
    expect(unknownLine.body.error.param).toBe("lines[0].invoice_line_id");
    expect((await credit({ invoice_id: "in_nope", reason: "other" })).status).toBe(404);
    const draft = await openInvoice(customer.id, false);
    const onDraft = await credit({ invoice_id: draft.id, reason: "other" });
    expect(onDraft.status).toBe(409);
    expect(onDraft.body.error.message).toContain("draft");
    expect(await prisma().creditNote.count()).toBe(1);
  });

  test("successive partial credits of a line return exactly the tax it charged", async () => {
    const customer = await createTestCustomer();
    const invoice = await openInvoice(customer.id);
    const consulting = invoice.lines[0].id;
    const taxes: number[] = [];
    for (const amount of [1999, 1999, 1999]) {
      taxes.push((await credit({ invoice_id: invoice.id, reason: "other", lines: [{ invoice_line_id: consulting, amount }] })).body.tax);
    }
    expect(taxes).toEqual([400, 399, 400]);
    expect(taxes.reduce((a, b) => a + b)).toBe(1199);
  });

  test("on a partly paid invoice: the unpaid part is lowered first and the paid part refunded", async () => {
    const customer = await createTestCustomer();
    const invoice = await openInvoice(customer.id);
    await pay(invoice.id, 4000);
    const full = await credit({ invoice_id: invoice.id, reason: "duplicate", settlement: "refund" });
    expect(full.body).toMatchObject({ subtotal: 8466, tax: 1693, total: 10159, settlement: "refund" });
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: "paid", credit_applied: 10159, amount_due: 0, amount_paid: 0 });
    const payments = await call(paymentsRoute, `/api/v1/invoices/${invoice.id}/payments`, { key: admin.secret, params: { invoiceId: invoice.id } });
    expect(payments.body.data.map((payment: { amount: number; method: string }) => [payment.amount, payment.method])).toEqual([
      [4000, "bank_transfer"],
      [-4000, "refund"],
    ]);
    const again = await credit({ invoice_id: invoice.id, reason: "duplicate" });
    expect(again.status).toBe(422);
    expect(again.body.error.param).toBe("lines");
  });

  test("a credit note on a paid invoice goes to the balance, which the next invoice uses", async () => {
    const customer = await createTestCustomer();
    const invoice = await openInvoice(customer.id);
    await pay(invoice.id, 10159);
    const setup = invoice.lines[1].id;
    const note = await credit({ invoice_id: invoice.id, reason: "order_change", lines: [{ invoice_line_id: setup, amount: 2469 }] });
    expect(note.body).toMatchObject({ total: 2963, tax: 494 });
    expect(await invoiceOf(invoice.id)).toMatchObject({ status: "paid", amount_due: 10159, amount_paid: 10159 });
    expect(await balanceOf(customer.id)).toEqual([{ currency: "EUR", amount: 2963 }]);

    const next = await openInvoice(customer.id);
    expect(next).toMatchObject({ number: `INV-${YEAR}-00002`, credit_applied: 2963, amount_due: 10159 - 2963 });
    expect(await balanceOf(customer.id)).toEqual([]);
    const list = await call(listCreditNotesRoute, `/api/v1/credit_notes?invoice_id=${invoice.id}`, { key: admin.secret });
    expect(list.body.data.map((cn: { number: string }) => cn.number)).toEqual([`CN-${YEAR}-00001`]);
  });
});

describe("customer balance", () => {
  test("adjustments grant and take back credit, never below zero; the ledger lists them newest first", async () => {
    const customer = await createTestCustomer();
    const adjust = (amount: number) =>
      call(adjustRoute, `/api/v1/customers/${customer.id}/balance_transactions`, { key: admin.secret, body: { currency: "EUR", amount, description: "Goodwill" }, params: { customerId: customer.id } });
    expect((await adjust(1500)).body).toMatchObject({ object: "balance_transaction", amount: 1500, type: "adjustment" });
    expect((await adjust(-500)).status).toBe(201);
    const below = await adjust(-1001);
    expect(below.status).toBe(422);
    expect(below.body.error.param).toBe("amount");
    expect((await adjust(0)).body.error.param).toBe("amount");
    expect(await balanceOf(customer.id)).toEqual([{ currency: "EUR", amount: 1000 }]);
    const ledger = await call(transactionsRoute, `/api/v1/customers/${customer.id}/balance_transactions`, { key: admin.secret, params: { customerId: customer.id } });
    expect(ledger.body.data.map((row: { amount: number }) => row.amount)).toEqual([-500, 1500]);
    expect((await call(balanceRoute, "/api/v1/customers/cus_nope/balance", { key: admin.secret, params: { customerId: "cus_nope" } })).status).toBe(404);
  });
});
