// Drives the real invoice document routes (PDF download, send) against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { GET as creditNotePdfRoute } from "@/app/api/v1/credit_notes/[creditNoteId]/pdf/route";
import { GET as pdfRoute } from "@/app/api/v1/invoices/[invoiceId]/pdf/route";
import { POST as sendRoute } from "@/app/api/v1/invoices/[invoiceId]/send/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { callRoute as call, type RouteHandler } from "../testing/call-route";
import { createTestApiKey } from "../testing/factories";
import { insertCreditNoteFixture, insertInvoiceFixture } from "../testing/invoice-fixtures";
import { readPdf } from "../testing/pdf-text";
import { resetDb } from "../testing/reset-db";

let admin: { secret: string };
let viewer: { secret: string };

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { role: "admin" });
  viewer = await createTestApiKey(systemCtx("test"), { role: "viewer" });
});

/** A binary answer: status, headers and the bytes (callRoute reads JSON). */
async function download(handler: RouteHandler, invoiceId: string, key?: string, params: Record<string, string> = { invoiceId }) {
  const headers = new Headers(key ? { authorization: `Bearer ${key}` } : {});
  const response = await handler(new Request(`http://test/api/v1/documents/${invoiceId}/pdf`, { headers }), { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("GET /invoices/{invoiceId}/pdf", () => {
  test("answers the PDF as an attachment named after the invoice number (viewer keys may read)", async () => {
    const { invoiceId } = await insertInvoiceFixture();
    const response = await download(pdfRoute, invoiceId, viewer.secret);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="INV-2026-00001.pdf"');
    expect(response.headers.get("content-length")).toBe(String(response.bytes.byteLength));
    expect(response.headers.get("request-id")).toMatch(/^req_/);
    const { text } = await readPdf(response.bytes);
    expect(text).toContain("INV-2026-00001");
    expect(text).toContain("€2,214.52");
  });

  test("a draft downloads as draft-<id>.pdf", async () => {
    const { invoiceId } = await insertInvoiceFixture({ status: "DRAFT" });
    const response = await download(pdfRoute, invoiceId, admin.secret);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="draft-${invoiceId}.pdf"`);
  });

  test("404 in the error shape for an unknown invoice; 401 without a key", async () => {
    const missing = await call(pdfRoute, "/api/v1/invoices/in_nope/pdf", { key: admin.secret, params: { invoiceId: "in_nope" } });
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "not_found", message: "No invoice with id 'in_nope'.", param: "id", request_id: expect.stringMatching(/^req_/) } } });
    const anonymous = await call(pdfRoute, "/api/v1/invoices/in_nope/pdf", { params: { invoiceId: "in_nope" } });
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
  });
});

describe("GET /credit_notes/{creditNoteId}/pdf", () => {
  test("answers the credit note PDF named after its number; 404 for an unknown one", async () => {
    const { invoiceId } = await insertInvoiceFixture();
    const { creditNoteId } = await insertCreditNoteFixture(invoiceId);
    const response = await download(creditNotePdfRoute, creditNoteId, viewer.secret, { creditNoteId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="CN-2026-00001.pdf"');
    expect((await readPdf(response.bytes)).text).toContain("Credit note");
    const missing = await call(creditNotePdfRoute, "/api/v1/credit_notes/cn_nope/pdf", { key: admin.secret, params: { creditNoteId: "cn_nope" } });
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "not_found", message: "No credit note with id 'cn_nope'." } } });
  });
});

describe("POST /invoices/{invoiceId}/send", () => {
  test("records the mail (outbox without SMTP) and returns it; an Idempotency-Key replay does not send twice", async () => {
    const { invoiceId } = await insertInvoiceFixture();
    const path = `/api/v1/invoices/${invoiceId}/send`;
    const sent = await call(sendRoute, path, { method: "POST", key: admin.secret, params: { invoiceId }, headers: { "idempotency-key": "send-1" } });
    expect(sent).toMatchObject({
      status: 200,
      body: { object: "email_message", to: "ap@acme.example", status: "outbox", invoice_id: invoiceId, attachments: [{ filename: "INV-2026-00001.pdf" }] },
    });
    const replay = await call(sendRoute, path, { method: "POST", key: admin.secret, params: { invoiceId }, headers: { "idempotency-key": "send-1" } });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(sent.body.id);
    const resent = await call(sendRoute, path, { key: admin.secret, params: { invoiceId }, body: { to: ["cfo@acme.example", "CFO@acme.example", "ceo@acme.example"] } });
    expect(resent).toMatchObject({ status: 200, body: { to: "cfo@acme.example, ceo@acme.example" } });
    // A form field's comma-separated string is accepted too.
    const fromForm = await call(sendRoute, path, { key: admin.secret, params: { invoiceId }, body: { to: "a@acme.example, b@acme.example" } });
    expect(fromForm).toMatchObject({ status: 200, body: { to: "a@acme.example, b@acme.example" } });
    expect(await prisma().emailMessage.count()).toBe(3);
  });

  test("400 for an unknown field or a bad address, 403 for a viewer key, 409 for a draft, 422 naming `to` without a recipient", async () => {
    const { invoiceId } = await insertInvoiceFixture({ customer: { email: null } });
    const path = `/api/v1/invoices/${invoiceId}/send`;
    const params = { invoiceId };
    expect(await call(sendRoute, path, { key: admin.secret, params, body: { cc: "x@example.com" } })).toMatchObject({ status: 400, body: { error: { code: "invalid_request" } } });
    expect(await call(sendRoute, path, { key: admin.secret, params, body: { to: ["ap@acme.example", "not an email"] } })).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_request", param: "to[1]" } },
    });
    expect(await call(sendRoute, path, { key: admin.secret, params, body: { to: [] } })).toMatchObject({ status: 400, body: { error: { param: "to" } } });
    expect(await call(sendRoute, path, { method: "POST", key: viewer.secret, params })).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await call(sendRoute, path, { method: "POST", key: admin.secret, params })).toMatchObject({ status: 422, body: { error: { code: "unprocessable", param: "to" } } });
    const draft = await insertInvoiceFixture({ status: "DRAFT" });
    expect(await call(sendRoute, `/api/v1/invoices/${draft.invoiceId}/send`, { method: "POST", key: admin.secret, params: { invoiceId: draft.invoiceId } })).toMatchObject({
      status: 409,
      body: { error: { code: "invalid_state" } },
    });
    expect(await prisma().emailMessage.count()).toBe(0);
  });
});
