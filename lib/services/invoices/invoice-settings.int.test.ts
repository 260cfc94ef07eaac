import { beforeEach, describe, expect, test } from "vitest";
import { GET as getSettingsRoute, PATCH as patchSettingsRoute } from "@/app/api/v1/billing_settings/route";
import { PATCH as updateLineRoute } from "@/app/api/v1/invoices/[invoiceId]/lines/[lineId]/route";
import { POST as addLineRoute } from "@/app/api/v1/invoices/[invoiceId]/lines/route";
import { POST as finalizeRoute } from "@/app/api/v1/invoices/[invoiceId]/finalize/route";
import { DELETE as deleteRoute } from "@/app/api/v1/invoices/[invoiceId]/route";
import { POST as createRoute } from "@/app/api/v1/invoices/route";
import { prisma } from "../../db/client";
import { createMonthlyPlan, createPercentCoupon, customerOnTestClock, subscribe, testCtx } from "../../testing/billing-fixtures";
import { callRoute as call } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { exportListCsv } from "../exports/export-list-csv";
import { advanceTestClock } from "../test-clocks/advance-test-clock";

let admin: { secret: string };

const patchSettings = (body: object) => call(patchSettingsRoute, "/api/v1/billing_settings", { key: admin.secret, method: "PATCH", body });

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(testCtx(), { role: "admin" });
});

describe("billing settings", () => {
  test("defaults, a refused format named in param, then a new format numbering the next invoice", async () => {
    const defaults = await call(getSettingsRoute, "/api/v1/billing_settings", { key: admin.secret });
    expect(defaults.body).toMatchObject({ invoice_number_format: "INV-{YYYY}-{00000}", credit_note_number_format: "CN-{YYYY}-{00000}", draft_grace_hours: 0 });

    const bad = await patchSettings({ invoice_number_format: "INV-{YYYY}" });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ param: "invoice_number_format", message: expect.stringContaining("sequence token") });
    expect((await patchSettings({ draft_grace_hours: -1 })).body.error.param).toBe("draft_grace_hours");

    const saved = await patchSettings({
      seller_name: "Billow SAS",
      seller_address: { line1: "1 rue de Rivoli", city: "Paris", postal_code: "75001", country: "FR" },
      seller_email: "billing@billow.example",
      invoice_number_format: "F{YY}/{000}",
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ seller_name: "Billow SAS", seller_address: { city: "Paris" }, invoice_number_format: "F{YY}/{000}" });

    const customer = await createTestCustomer();
    const invoice = await call(createRoute, "/api/v1/invoices", {
      key: admin.secret,
      body: { customer_id: customer.id, currency: "EUR", finalize: true, lines: [{ description: "Audit", unit_amount: "100" }] },
    });
    expect(invoice.body.number).toBe(`F${String(new Date().getUTCFullYear()).slice(2)}/001`);
    expect(invoice.body.parties.seller).toMatchObject({ name: "Billow SAS", email: "billing@billow.example", address: { postal_code: "75001" } });
    expect((await patchSettings({ seller_address: null })).body.seller_address).toBeNull();
  });

  test("the console's CSV export lists the filtered invoices", async () => {
    const customer = await createTestCustomer({ name: "Csv Buyer" });
    for (const finalize of [true, false]) {
      await call(createRoute, "/api/v1/invoices", { key: admin.secret, body: { customer_id: customer.id, currency: "EUR", finalize, lines: [{ description: "Work", unit_amount: "12.50" }] } });
    }
    const csv = await exportListCsv(testCtx(), "invoices", { status: "open" });
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(header).toContain("number");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("Csv Buyer");
    expect(rows[0]).toContain("1250");
  });
});

describe("a subscription's draft under review", () => {
  test("its subscription lines are locked, manual lines are added, and the discount stays", async () => {
    await prisma().billingSettings.create({ data: { id: "default", draftGraceHours: 24 } });
    const plan = await createMonthlyPlan();
    await createPercentCoupon("TEN", "10", "forever");
    const { clock, customer } = await customerOnTestClock("2026-01-10T00:00:00Z");
    await subscribe({ customer_id: customer.id, plan_id: plan.id, coupon_code: "TEN" });
    await advanceTestClock(testCtx(), clock.id, { frozen_time: new Date("2026-01-10T00:00:01Z") });
    const draft = await prisma().invoice.findFirstOrThrow({ where: { customerId: customer.id }, include: { lines: { orderBy: { position: "asc" } } } });
    expect(draft).toMatchObject({ status: "DRAFT", discountMinor: 400n, totalMinor: 3600n });

    const base = draft.lines[0]!;
    const locked = await call(updateLineRoute, `/api/v1/invoices/${draft.id}/lines/${base.id}`, {
      key: admin.secret,
      method: "PATCH",
      body: { quantity: "2" },
      params: { invoiceId: draft.id, lineId: base.id },
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toContain("comes from the subscription");

    const added = await call(addLineRoute, `/api/v1/invoices/${draft.id}/lines`, {
      key: admin.secret,
      body: { description: "Onboarding", unit_amount: "25" },
      params: { invoiceId: draft.id },
    });
    expect(added.body).toMatchObject({ subtotal: 4000 + 2500, discount: 400, total: 3600 + 2500, amount_due: 6100 });
    expect(added.body.coupons).toEqual([expect.objectContaining({ discount: 400 })]);
    expect(added.body.lines.map((line: { kind: string }) => line.kind)).toEqual(["recurring", "recurring", "manual"]);

    const deleted = await call(deleteRoute, `/api/v1/invoices/${draft.id}`, { key: admin.secret, method: "DELETE", params: { invoiceId: draft.id } });
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.message).toContain("bills subscription");

    const finalized = await call(finalizeRoute, `/api/v1/invoices/${draft.id}/finalize`, { key: admin.secret, body: {}, params: { invoiceId: draft.id } });
    expect(finalized.body).toMatchObject({ status: "open", number: "INV-2026-00001", total: 6100 });
  });
});
