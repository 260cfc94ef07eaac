import { beforeEach, describe, expect, test } from "vitest";
import { POST as balanceTransactionsRoute } from "@/app/api/v1/customers/[customerId]/balance_transactions/route";
import { GET as balanceRoute } from "@/app/api/v1/customers/[customerId]/balance/route";
import { POST as duplicateRoute } from "@/app/api/v1/invoices/[invoiceId]/duplicate/route";
import { POST as finalizeRoute } from "@/app/api/v1/invoices/[invoiceId]/finalize/route";
import { GET as historyRoute } from "@/app/api/v1/invoices/[invoiceId]/history/route";
import { DELETE as removeLineRoute, PATCH as updateLineRoute } from "@/app/api/v1/invoices/[invoiceId]/lines/[lineId]/route";
import { POST as addLineRoute } from "@/app/api/v1/invoices/[invoiceId]/lines/route";
import { POST as uncollectibleRoute } from "@/app/api/v1/invoices/[invoiceId]/mark_uncollectible/route";
import { GET as paymentsRoute, POST as payRoute } from "@/app/api/v1/invoices/[invoiceId]/payments/route";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/invoices/[invoiceId]/route";
import { POST as voidRoute } from "@/app/api/v1/invoices/[invoiceId]/void/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/invoices/route";
import { prisma } from "../../db/client";
import { createTaxRateSchema } from "../../schemas/tax-rate";
import { callRoute as call } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer, createTestProductRow } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { createTaxRate } from "../tax-rates/create-tax-rate";

const ctx = () => systemCtx("test");
let admin: { secret: string };
let viewer: { secret: string };
const YEAR = new Date().getUTCFullYear();
const FR = { line1: "1 rue de la Paix", city: "Paris", country: "FR" };

const create = (body: object, key = admin.secret) => call(createRoute, "/api/v1/invoices", { key, body });
const get = (id: string) => call(getRoute, `/api/v1/invoices/${id}`, { key: admin.secret, params: { invoiceId: id } });
const action = (route: Parameters<typeof call>[0], id: string, verb: string, body: object = {}) =>
  call(route, `/api/v1/invoices/${id}/${verb}`, { key: admin.secret, body, params: { invoiceId: id } });
const finalize = (id: string) => action(finalizeRoute, id, "finalize");
const pay = (id: string, body: object) => action(payRoute, id, "payments", body);
const balanceOf = async (customerId: string) =>
  (await call(balanceRoute, `/api/v1/customers/${customerId}/balance`, { key: admin.secret, params: { customerId } })).body.balances;
const grantCredit = (customerId: string, amount: number) =>
  call(balanceTransactionsRoute, `/api/v1/customers/${customerId}/balance_transactions`, {
    key: admin.secret,
    body: { currency: "EUR", amount, description: "Goodwill" },
    params: { customerId },
  });

async function vat20() {
  return createTaxRate(ctx(), createTaxRateSchema.parse({ code: `FR-20-${Math.random()}`, name: "TVA", percentage: "20", country: "FR", applies_by_default: true }));
}

/** 3 × 19.99 and 2 × 12.345 (→ 24.69), both at the French 20 % by default: 84.66 + 16.93 tax = 101.59. */
async function twoLineDraft(customerId: string, extra: object = {}) {
  const response = await create({
    customer_id: customerId,
    currency: "EUR",
    lines: [
      { description: "Consulting", quantity: "3", unit_amount: "19.99" },
      { description: "Setup", quantity: "2", unit_amount: "12.345" },
    ],
    ...extra,
  });
  expect(response.status).toBe(201);
  return response.body;
}

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(ctx(), { role: "admin" });
  viewer = await createTestApiKey(ctx(), { role: "viewer" });
});

describe("one-off invoices", () => {
  test("two lines at 20 % tax total to the cent, the customer's default rate applied per line", async () => {
    await vat20();
    const customer = await createTestCustomer({ billingAddress: FR });
    const invoice = await twoLineDraft(customer.id, { memo: "Thanks" });
    expect(invoice).toMatchObject({ status: "draft", number: null, currency: "EUR", memo: "Thanks", subtotal: 8466, tax: 1693, total: 10159, amount_due: 10159, amount_paid: 0, overdue: false });
    expect(invoice.lines.map((line: { amount: number; tax: number; total: number; kind: string }) => [line.kind, line.amount, line.tax, line.total])).toEqual([
      ["manual", 5997, 1199, 7196],
      ["manual", 2469, 494, 2963],
    ]);
    expect(invoice.tax_summary).toEqual([expect.objectContaining({ name: "TVA", percent: "20", taxable_base: 8466, tax: 1693 })]);
    expect((await get(invoice.id)).body).toEqual(invoice);
  });

  test("line edits keep the draft's totals equal to the sums of its lines", async () => {
    await vat20();
    const customer = await createTestCustomer({ billingAddress: FR });
    const draft = await twoLineDraft(customer.id);
    const lineParams = (lineId: string) => ({ key: admin.secret, params: { invoiceId: draft.id, lineId } });

    const added = await call(addLineRoute, `/api/v1/invoices/${draft.id}/lines`, { key: admin.secret, params: { invoiceId: draft.id }, body: { description: "Travel", unit_amount: "50", tax_rate_ids: [] } });
    expect(added.status).toBe(201);
    expect(added.body.lines[2]).toMatchObject({ position: 2, amount: 5000, tax: 0, total: 5000 });
    expect(added.body.total).toBe(15159);

    const first = draft.lines[0].id;
    const updated = await call(updateLineRoute, `/api/v1/invoices/${draft.id}/lines/${first}`, { ...lineParams(first), method: "PATCH", body: { quantity: "1" } });
    expect(updated.status).toBe(200);
    expect(updated.body.lines[0]).toMatchObject({ description: "Consulting", quantity: "1", unit_amount: "19.99", amount: 1999, tax: 400, total: 2399 });
    expect(updated.body).toMatchObject({ subtotal: 1999 + 2469 + 5000, tax: 400 + 494, total: 2399 + 2963 + 5000 });

    const removed = await call(removeLineRoute, `/api/v1/invoices/${draft.id}/lines/${first}`, { ...lineParams(first), method: "DELETE" });
    expect(removed.body.lines).toHaveLength(2);
    expect(removed.body).toMatchObject({ subtotal: 7469, tax: 494, total: 7963, amount_due: 7963 });
    expect(removed.body.tax_summary).toEqual([expect.objectContaining({ taxable_base: 2469, tax: 494 })]);

    const product = await call(addLineRoute, `/api/v1/invoices/${draft.id}/lines`, { key: admin.secret, params: { invoiceId: draft.id }, body: { product_id: "prod_nope", unit_amount: "1" } });
    expect(product.status).toBe(422);
    expect(product.body.error.param).toBe("product_id");
    const catalogue = await createTestProductRow({ name: "Premium support" });
    const sold = await call(addLineRoute, `/api/v1/invoices/${draft.id}/lines`, { key: admin.secret, params: { invoiceId: draft.id }, body: { product_id: catalogue.id, unit_amount: "0" } });
    expect(sold.body.lines.at(-1)).toMatchObject({ description: "Premium support", product_id: catalogue.id, amount: 0 });
    await call(removeLineRoute, `/api/v1/invoices/${draft.id}/lines/${sold.body.lines.at(-1).id}`, { ...lineParams(sold.body.lines.at(-1).id), method: "DELETE" });

    const unknown = await call(updateLineRoute, `/api/v1/invoices/${draft.id}/lines/il_nope`, { ...lineParams("il_nope"), method: "PATCH", body: { quantity: "1" } });
    expect(unknown.status).toBe(404);
  });

  test("bad lines are refused naming the field, and nothing is written", async () => {
    const customer = await createTestCustomer();
    const shape = await create({ customer_id: customer.id, currency: "EUR", lines: [{ description: "A", unit_amount: "1" }, { description: "B", quantity: "-1", unit_amount: "1" }] });
    expect(shape.status).toBe(400);
    expect(shape.body.error.param).toBe("lines[1].quantity");
    const rate = await create({ customer_id: customer.id, currency: "EUR", lines: [{ description: "A", unit_amount: "1", tax_rate_ids: ["txr_missing"] }] });
    expect(rate.status).toBe(422);
    expect(rate.body.error.param).toBe("lines[0].tax_rate_ids[0]");
    const zero = await create({ customer_id: customer.id, currency: "EUR", lines: [{ description: "A", unit_amount: "1" }, { description: "B", quantity: "0", unit_amount: "1" }] });
    expect(zero.status).toBe(422);
    expect(zero.body.error.param).toBe("lines[1].quantity");
    const huge = await create({ customer_id: customer.id, currency: "EUR", lines: [{ description: "A", quantity: "999999999999", unit_amount: "999999" }] });
    expect(huge.body.error.param).toBe("lines[0].unit_amount");
    const missingCustomer = await create({ customer_id: "cus_missing", currency: "EUR" });
    expect(missingCustomer.status).toBe(404);
    expect(await prisma().invoice.count()).toBe(0);
    expect((await create({ customer_id: customer.id, currency: "EUR" }, viewer.secret)).status).toBe(403);
  });

  test("only drafts are edited or deleted: an open invoice answers 409 naming its status", async () => {
    const customer = await createTestCustomer();
    const draft = await twoLineDraft(customer.id);
    expect((await finalize(draft.id)).status).toBe(200);
    const patch = await call(patchRoute, `/api/v1/invoices/${draft.id}`, { key: admin.secret, method: "PATCH", body: { memo: "x" }, params: { invoiceId: draft.id } });
    expect(patch.status).toBe(409);
    expect(patch.body.error).toMatchObject({ code: "invalid_state", message: expect.stringContaining("This invoice is open") });
    const del = await call(deleteRoute, `/api/v1/invoices/${draft.id}`, { key: admin.secret, method: "DELETE", params: { invoiceId: draft.id } });
    expect(del.status).toBe(409);
    expect((await finalize(draft.id)).status).toBe(409);

    const other = await twoLineDraft(customer.id);
    const deleted = await call(deleteRoute, `/api/v1/invoices/${other.id}`, { key: admin.secret, method: "DELETE", params: { invoiceId: other.id } });
    expect(deleted.body).toEqual({ object: "invoice", id: other.id, deleted: true });
    expect((await get(other.id)).status).toBe(404);
    expect(await prisma().invoiceLine.count({ where: { invoiceId: other.id } })).toBe(0);
  });
});

describe("finalization", () => {
  test("assigns the number and the due date from the customer's terms, or keeps the draft's own due date", async () => {
    const customer = await createTestCustomer({ paymentTermsDays: 30 });
    const draft = await twoLineDraft(customer.id);
    const finalized = await finalize(draft.id);
    expect(finalized.body).toMatchObject({ status: "open", number: `INV-${YEAR}-00001`, amount_due: 8466 });
    const dueInDays = (Date.parse(finalized.body.due_at) - Date.parse(finalized.body.finalized_at)) / 86_400_000;
    expect(dueInDays).toBe(30);
    expect(finalized.body.parties.buyer).toMatchObject({ name: customer.name });

    const due = "2030-01-15T00:00:00.000Z";
    const second = await twoLineDraft(customer.id, { due_date: due, finalize: true });
    expect(second).toMatchObject({ status: "open", number: `INV-${YEAR}-00002`, due_at: due });
  });

  test("20 drafts finalized concurrently get numbers 1 to 20, with no gap and no duplicate", async () => {
    const customer = await createTestCustomer();
    const drafts = [];
    for (let i = 0; i < 20; i++) drafts.push(await twoLineDraft(customer.id));
    const results = await Promise.all(drafts.map((draft) => finalize(draft.id)));
    expect(results.map((result) => result.status)).toEqual(drafts.map(() => 200));
    const numbers = results.map((result) => result.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `INV-${YEAR}-${String(i + 1).padStart(5, "0")}`));
  });

  test("the customer's credit balance is applied to the next finalized invoice", async () => {
    const customer = await createTestCustomer();
    expect((await grantCredit(customer.id, 5000)).status).toBe(201);
    const invoice = await twoLineDraft(customer.id, { finalize: true });
    expect(invoice).toMatchObject({ total: 8466, credit_applied: 5000, amount_due: 3466, amount_remaining: 3466 });
    expect(await balanceOf(customer.id)).toEqual([]);
  });
});

describe("payments, void and uncollectible", () => {
  test("a partial payment keeps the invoice open, the rest pays it; more than remains is a 422 on amount", async () => {
    const customer = await createTestCustomer();
    const invoice = await twoLineDraft(customer.id, { finalize: true });
    const partial = await pay(invoice.id, { amount: 4000, method: "bank_transfer", reference: "SEPA-1" });
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({ object: "payment", amount: 4000, method: "bank_transfer", reference: "SEPA-1" });
    expect((await get(invoice.id)).body).toMatchObject({ status: "open", amount_paid: 4000, amount_remaining: 4466, paid_at: null });

    const tooMuch = await pay(invoice.id, { amount: 4467 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.param).toBe("amount");

    expect((await pay(invoice.id, { amount: 4466, method: "card" })).status).toBe(201);
    const paid = (await get(invoice.id)).body;
    expect(paid).toMatchObject({ status: "paid", amount_paid: 8466, amount_remaining: 0 });
    expect(paid.paid_at).not.toBeNull();
    const payments = await call(paymentsRoute, `/api/v1/invoices/${invoice.id}/payments`, { key: admin.secret, params: { invoiceId: invoice.id } });
    expect(payments.body.data.map((payment: { amount: number }) => payment.amount)).toEqual([4000, 4466]);
    expect((await pay(invoice.id, { amount: 1 })).status).toBe(409);
  });

  test("voiding releases the credit balance the invoice used; paid or partially paid invoices cannot be voided", async () => {
    const customer = await createTestCustomer();
    await grantCredit(customer.id, 5000);
    const invoice = await twoLineDraft(customer.id, { finalize: true });
    expect(await balanceOf(customer.id)).toEqual([]);
    const voided = await action(voidRoute, invoice.id, "void", { reason: "Issued by mistake" });
    expect(voided.body).toMatchObject({ status: "void", void_reason: "Issued by mistake", number: `INV-${YEAR}-00001` });
    expect(await balanceOf(customer.id)).toEqual([{ currency: "EUR", amount: 5000 }]);
    expect((await action(voidRoute, invoice.id, "void", { reason: "again" })).status).toBe(409);

    const partlyPaid = await twoLineDraft(customer.id, { finalize: true });
    await pay(partlyPaid.id, { amount: 100 });
    const refused = await action(voidRoute, partlyPaid.id, "void", { reason: "x" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("partially paid");
    expect((await action(voidRoute, partlyPaid.id, "void", {})).body.error.param).toBe("reason");
  });

  test("an uncollectible invoice can still be paid or voided", async () => {
    const customer = await createTestCustomer();
    const invoice = await twoLineDraft(customer.id, { finalize: true });
    expect((await action(uncollectibleRoute, invoice.id, "mark_uncollectible")).body.status).toBe("uncollectible");
    expect((await action(uncollectibleRoute, invoice.id, "mark_uncollectible")).status).toBe(409);
    expect((await action(voidRoute, invoice.id, "void", { reason: "Written off" })).body.status).toBe("void");
    const history = await call(historyRoute, `/api/v1/invoices/${invoice.id}/history`, { key: admin.secret, params: { invoiceId: invoice.id } });
    expect(history.body.data.map((event: { action: string }) => event.action)).toEqual(["create", "finalize", "mark_uncollectible", "void"]);
  });
});

describe("listing and duplicating", () => {
  test("filters, overdue, number search, sort with cursors and per-currency totals of the filtered set", async () => {
    const alice = await createTestCustomer({ name: "Alice", paymentTermsDays: 30 });
    const bob = await createTestCustomer({ name: "Bob" });
    const overdue = await twoLineDraft(alice.id, { finalize: true, due_date: "2020-01-01T00:00:00Z" });
    const open = await twoLineDraft(alice.id, { finalize: true });
    await create({ customer_id: bob.id, currency: "USD", lines: [{ description: "US work", unit_amount: "10" }] });
    await pay(overdue.id, { amount: 1000 });

    const list = (query: string) => call(listRoute, `/api/v1/invoices${query}`, { key: admin.secret });
    const all = (await list("?limit=2")).body;
    expect(all.data).toHaveLength(2);
    expect(all.has_more).toBe(true);
    expect(all.totals).toEqual([
      { currency: "EUR", count: 2, total: 16932, amount_due: 16932, amount_paid: 1000, amount_remaining: 15932 },
      { currency: "USD", count: 1, total: 1000, amount_due: 1000, amount_paid: 0, amount_remaining: 1000 },
    ]);
    const next = (await list(`?limit=2&starting_after=${all.next_cursor}`)).body;
    expect([...all.data, ...next.data].map((invoice: { id: string }) => invoice.id)).toHaveLength(3);
    expect(next.has_more).toBe(false);

    const overdueOnly = (await list("?overdue=true")).body;
    expect(overdueOnly.data.map((invoice: { id: string; overdue: boolean }) => [invoice.id, invoice.overdue])).toEqual([[overdue.id, true]]);
    expect(overdueOnly.totals).toEqual([expect.objectContaining({ currency: "EUR", count: 1, amount_remaining: 7466 })]);
    expect((await list(`?status=draft`)).body.data).toHaveLength(1);
    expect((await list(`?customer_id=${alice.id}&q=00002`)).body.data.map((invoice: { id: string }) => invoice.id)).toEqual([open.id]);
    const byTotal = (await list("?sort=total&limit=1")).body;
    expect(byTotal.data[0].total).toBe(1000);
    const secondByTotal = (await list(`?sort=total&limit=1&starting_after=${byTotal.next_cursor}`)).body;
    expect(secondByTotal.data[0].total).toBe(8466);
    expect((await list(`?sort=-total&starting_after=${byTotal.next_cursor}`)).status).toBe(400);
    expect((await list("?issued_from=2999-01-01")).body.totals).toEqual([]);
    expect((await list("?status=paidish")).body.error.param).toBe("status");
  });

  test("duplicating makes a new draft with the same lines, for another customer with their taxes", async () => {
    await vat20();
    const french = await createTestCustomer({ billingAddress: FR });
    const exempt = await createTestCustomer({ taxExempt: true });
    const source = await twoLineDraft(french.id, { finalize: true, memo: "Q3" });
    const same = await action(duplicateRoute, source.id, "duplicate");
    expect(same.status).toBe(201);
    expect(same.body).toMatchObject({ status: "draft", number: null, customer_id: french.id, memo: "Q3", subtotal: 8466, tax: 1693, total: 10159 });
    const other = await action(duplicateRoute, source.id, "duplicate", { customer_id: exempt.id });
    expect(other.body).toMatchObject({ customer_id: exempt.id, subtotal: 8466, tax: 0, total: 8466, notes: ["Tax exempt: no tax charged"] });
    expect(other.body.lines.map((line: { description: string; quantity: string }) => [line.description, line.quantity])).toEqual([
      ["Consulting", "3"],
      ["Setup", "2"],
    ]);
  });
});
