import nodemailer from "nodemailer";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { createId } from "../../ids";
import { auditRows, expectAppError } from "../../testing/assertions";
import { createTestUser } from "../../testing/factories";
import { insertInvoiceFixture } from "../../testing/invoice-fixtures";
import { readPdf } from "../../testing/pdf-text";
import { resetDb } from "../../testing/reset-db";
import { systemCtx, type Ctx } from "../context";
import { listEmailMessages } from "../email/list-email-messages";
import { setMailTransportForTests, toNodemailerMessage } from "../email/mail-transport";
import { sendInvoiceEmail } from "./send-invoice-email";

const NOW = new Date("2026-12-01T10:00:00Z");
let ctx: Ctx;

beforeEach(async () => {
  await resetDb();
  setMailTransportForTests(undefined);
  ctx = (await createTestUser({ role: "admin", now: NOW })).ctx;
});

afterEach(() => setMailTransportForTests(undefined));

const addContact = (customerId: string, email: string, receivesInvoices: boolean) =>
  prisma().customerContact.create({ data: { id: createId("customerContact"), customerId, name: email, email, role: "BILLING", receivesInvoices } });

describe("sendInvoiceEmail without SMTP (the development outbox)", () => {
  test("records the message with the PDF attachment descriptor and an audit row; a resend is a second message", async () => {
    const { invoiceId, customerId } = await insertInvoiceFixture();
    await addContact(customerId, "billing@acme.example", true);
    await addContact(customerId, "dev@acme.example", false);

    const sent = await sendInvoiceEmail(ctx, invoiceId);
    expect(sent).toEqual({
      object: "email_message",
      id: expect.stringMatching(/^msg_/),
      to: "ap@acme.example, billing@acme.example",
      subject: "Invoice INV-2026-00001 – Billow Demo SAS",
      text: expect.stringContaining("Amount due: €2,214.52"),
      invoice_id: invoiceId,
      attachments: [{ kind: "invoice_pdf", invoice_id: invoiceId, filename: "INV-2026-00001.pdf", content_type: "application/pdf", size: expect.any(Number) }],
      status: "outbox",
      error: null,
      sent_at: null,
      created_at: NOW.toISOString(),
    });
    expect(sent.attachments[0]!.size).toBeGreaterThan(1000);
    expect(sent.text).toContain("Due date: Dec 31, 2026");
    expect(sent.text).toContain("The invoice is attached as a PDF.");

    const resent = await sendInvoiceEmail(ctx, invoiceId, { to: ["cfo@acme.example"] });
    expect(resent).toMatchObject({ to: "cfo@acme.example", status: "outbox" });
    expect(resent.id).not.toBe(sent.id);

    const outbox = await listEmailMessages(ctx, { limit: 10 });
    expect(outbox.data.map((message) => message.id)).toEqual([resent.id, sent.id]);
    expect((await auditRows()).map((row) => ({ action: row.action, resourceId: row.resourceId, details: row.details }))).toEqual([
      { action: "invoice.send", resourceId: invoiceId, details: { email_message_id: sent.id, to: "ap@acme.example, billing@acme.example", status: "outbox" } },
      { action: "invoice.send", resourceId: invoiceId, details: { email_message_id: resent.id, to: "cfo@acme.example", status: "outbox" } },
    ]);
  });

  test("writes in the invoice's language", async () => {
    const { invoiceId } = await insertInvoiceFixture({ locale: "fr-FR" });
    const sent = await sendInvoiceEmail(ctx, invoiceId);
    expect(sent.subject).toBe("Facture INV-2026-00001 – Billow Demo SAS");
    expect(sent.text).toContain("Montant dû: 2\u202f214,52\u00a0€");
  });

  test("refuses a draft or a void invoice (409), and a customer without any address unless `to` is given (422 naming to)", async () => {
    const draft = await insertInvoiceFixture({ status: "DRAFT" });
    await expectAppError(sendInvoiceEmail(ctx, draft.invoiceId), "invalid_state", "This invoice is a draft: finalize it before sending it.");
    const voided = await insertInvoiceFixture({ status: "VOID", number: "INV-2026-00002" });
    await expectAppError(sendInvoiceEmail(ctx, voided.invoiceId), "invalid_state", /void/);

    const silent = await insertInvoiceFixture({ number: "INV-2026-00003", customer: { email: null } });
    await addContact(silent.customerId, "tech@acme.example", false);
    const error = await expectAppError(sendInvoiceEmail(ctx, silent.invoiceId), "unprocessable", /no email address/);
    expect(error.param).toBe("to");
    expect(await prisma().emailMessage.count()).toBe(0);
    expect(await auditRows()).toEqual([]);

    await addContact(silent.customerId, "invoices@acme.example", true);
    const sent = await sendInvoiceEmail(ctx, silent.invoiceId);
    expect(sent).toMatchObject({ to: "invoices@acme.example" });
    // The outbox filters by invoice.
    expect((await listEmailMessages(ctx, { limit: 10, invoice_id: silent.invoiceId })).data.map((message) => message.id)).toEqual([sent.id]);
    expect((await listEmailMessages(ctx, { limit: 10, invoice_id: draft.invoiceId })).data).toEqual([]);
    await expectAppError(sendInvoiceEmail(ctx, "in_unknown"), "not_found");
  });

  test("viewers cannot send", async () => {
    const { invoiceId } = await insertInvoiceFixture();
    const viewer = (await createTestUser({ role: "viewer" })).ctx;
    await expectAppError(sendInvoiceEmail(viewer, invoiceId), "forbidden");
    expect(await prisma().emailMessage.count()).toBe(0);
  });
});

describe("sendInvoiceEmail through nodemailer", () => {
  test("the MIME message carries the invoice PDF, byte for byte as rendered", async () => {
    const stream = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const raw: string[] = [];
    setMailTransportForTests({
      kind: "smtp",
      deliver: async (mail) => {
        const info = await stream.sendMail(toNodemailerMessage(mail));
        raw.push((info.message as Buffer).toString("utf8"));
      },
    });
    const { invoiceId } = await insertInvoiceFixture();
    const sent = await sendInvoiceEmail(systemCtx("test", NOW), invoiceId);
    expect(sent).toMatchObject({ status: "sent", sent_at: NOW.toISOString(), error: null });

    expect(raw).toHaveLength(1);
    const mime = raw[0]!;
    expect(mime).toMatch(/^To: ap@acme\.example$/m);
    expect(mime).toMatch(/^From: Billow Demo SAS <billing@billow\.example>$/m);
    const part = /Content-Type: application\/pdf; name=INV-2026-00001\.pdf\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\s+filename=INV-2026-00001\.pdf\r\n\r\n([A-Za-z0-9+/=\r\n]+)/.exec(mime);
    expect(part, "a base64 application/pdf part").not.toBeNull();
    const attached = Buffer.from(part![1]!.replace(/\r\n/g, ""), "base64");
    expect(attached.byteLength).toBe(sent.attachments[0]!.size);
    expect((await readPdf(attached)).text).toContain("€2,214.52");
  });

  test("a refused mail is recorded as failed with the server's answer", async () => {
    setMailTransportForTests({
      kind: "smtp",
      deliver: async () => {
        throw new Error("550 5.1.1 mailbox unavailable");
      },
    });
    const { invoiceId } = await insertInvoiceFixture();
    const sent = await sendInvoiceEmail(ctx, invoiceId);
    expect(sent).toMatchObject({ status: "failed", error: "550 5.1.1 mailbox unavailable", sent_at: null });
    expect(await prisma().emailMessage.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({ status: "failed", error: "550 5.1.1 mailbox unavailable" });
  });
});
