// Lifecycle history, delete, data export and anonymization of customers.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { createCustomerContactSchema, createCustomerSchema } from "../../schemas/customer";
import { auditRows, expectAppError, tableCounts } from "../../testing/assertions";
import { createTestCustomer, createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { addCustomerContact } from "./add-customer-contact";
import { anonymizeCustomer } from "./anonymize-customer";
import { createCustomer } from "./create-customer";
import { deleteCustomer } from "./delete-customer";
import { exportCustomerData } from "./export-customer-data";
import { getCustomerHistory } from "./get-customer-history";
import { setCustomerStatus } from "./set-customer-status";

beforeEach(resetDb);

const t0 = new Date("2026-06-01T12:00:00.000Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

/** A plan version and a subscription of `customerId` (raw rows: the subscriptions service comes later). */
async function subscribe(customerId: string) {
  const db = prisma();
  const plan = await db.plan.create({ data: { id: `plan_${customerId}`, code: `plan-${customerId}`, name: "Pro" } });
  const version = await db.planVersion.create({ data: { id: `plv_${customerId}`, planId: plan.id, version: 1, billingInterval: "MONTH" } });
  return db.subscription.create({ data: { id: `sub_${customerId}`, customerId, planId: plan.id, planVersionId: version.id, status: "ACTIVE", currency: "EUR", billingAnchor: t0, startedAt: t0 } });
}

async function redeemCoupon(customerId: string) {
  const db = prisma();
  const coupon = await db.coupon.create({ data: { id: `cpn_${customerId}`, code: `c-${customerId}`, name: "Welcome", discountType: "PERCENT", percentOff: "10", duration: "ONCE" } });
  return db.couponRedemption.create({ data: { id: `cred_${customerId}`, couponId: coupon.id, customerId } });
}

describe("history", () => {
  test("status changes with their reasons, newest first, from the audit log", async () => {
    const { ctx } = await createTestUser({ role: "admin", email: "ada@example.com", now: t0 });
    const customer = await createCustomer(ctx, createCustomerSchema.parse({ name: "Acme" }));
    await setCustomerStatus({ ...ctx, now: at(1) }, customer.id, "disable", "Payment dispute");
    await setCustomerStatus({ ...ctx, now: at(2) }, customer.id, "enable");
    await setCustomerStatus({ ...ctx, now: at(3) }, customer.id, "archive", "Closed the account");

    const history = await getCustomerHistory(ctx, customer.id);
    expect(history.data.map(({ action, from, to, reason, actor, created_at }) => ({ action, from, to, reason, actor, created_at }))).toEqual([
      { action: "archive", from: "active", to: "archived", reason: "Closed the account", actor: "ada@example.com", created_at: at(3).toISOString() },
      { action: "enable", from: "disabled", to: "active", reason: null, actor: "ada@example.com", created_at: at(2).toISOString() },
      { action: "disable", from: "active", to: "disabled", reason: "Payment dispute", actor: "ada@example.com", created_at: at(1).toISOString() },
      { action: "create", from: null, to: "active", reason: null, actor: "ada@example.com", created_at: t0.toISOString() },
    ]);
    await expectAppError(getCustomerHistory(ctx, "cus_missing"), "not_found");
  });
});

describe("deleteCustomer", () => {
  test("deletes a customer never billed with its contacts; audited without personal data", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const customer = await createCustomer(ctx, createCustomerSchema.parse({ name: "Short-lived", email: "x@example.com" }));
    await addCustomerContact(ctx, customer.id, createCustomerContactSchema.parse({ name: "Bea", email: "bea@example.com" }));
    const kept = await createTestCustomer();

    expect(await deleteCustomer(ctx, customer.id)).toEqual({ object: "customer", id: customer.id, deleted: true });
    expect(await prisma().customer.findMany({ select: { id: true } })).toEqual([{ id: kept.id }]);
    expect(await prisma().customerContact.count()).toBe(0);
    expect((await auditRows()).at(-1)).toMatchObject({ action: "customer.delete", resourceId: customer.id, details: { account_number: customer.account_number } });
    await expectAppError(deleteCustomer(ctx, customer.id), "not_found");
  });

  test("409 while the customer has subscriptions, coupon redemptions, invoices or a balance; nothing is deleted", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const subscribed = await createTestCustomer();
    await subscribe(subscribed.id);
    const redeemed = await createTestCustomer();
    await redeemCoupon(redeemed.id);
    const credited = await createTestCustomer();
    await prisma().customerBalanceTransaction.create({ data: { id: "cbt_credit", customerId: credited.id, currency: "EUR", amountMinor: 100n, type: "ADJUSTMENT" } });
    const before = await tableCounts();

    await expectAppError(deleteCustomer(ctx, subscribed.id), "invalid_state", "This customer has 1 subscriptions, so it cannot be deleted: archive or anonymize it instead.");
    await expectAppError(deleteCustomer(ctx, redeemed.id), "invalid_state", /1 coupon redemptions/);
    await expectAppError(deleteCustomer(ctx, credited.id), "invalid_state", /1 balance transactions/);
    expect(await tableCounts()).toEqual(before);
    const { ctx: viewerCtx } = await createTestUser({ role: "viewer" });
    await expectAppError(deleteCustomer(viewerCtx, subscribed.id), "forbidden");
  });
});

describe("exportCustomerData", () => {
  test("returns the customer, contacts, subscriptions, redemptions and audit entries about it", async () => {
    const { ctx } = await createTestUser({ role: "viewer", now: at(9) });
    const { ctx: adminCtx } = await createTestUser({ role: "admin", now: t0 });
    const customer = await createCustomer(adminCtx, createCustomerSchema.parse({ name: "Acme", email: "ops@acme.example", metadata: { crm: "42" } }));
    const contact = await addCustomerContact(adminCtx, customer.id, createCustomerContactSchema.parse({ name: "Bea", email: "bea@acme.example" }));
    const subscription = await subscribe(customer.id);
    const redemption = await redeemCoupon(customer.id);
    await createCustomer(adminCtx, createCustomerSchema.parse({ name: "Someone else" }));

    const exported = await exportCustomerData(ctx, customer.id);
    expect(exported).toMatchObject({
      object: "customer_export",
      exported_at: at(9).toISOString(),
      customer: { id: customer.id, name: "Acme", email: "ops@acme.example", metadata: { crm: "42" } },
      contacts: [{ id: contact.id, email: "bea@acme.example" }],
      tax_rates: [],
      price_overrides: [],
      subscriptions: [{ id: subscription.id, status: "active", currency: "EUR", plan_version_id: `plv_${customer.id}` }],
      coupon_redemptions: [{ id: redemption.id, coupon_id: `cpn_${customer.id}`, discount_code_id: null }],
    });
    expect(exported.audit_entries.map((entry) => [entry.action, entry.resource_id])).toEqual([
      ["customer.create", customer.id],
      ["customer.contact_add", customer.id],
    ]);
    await expectAppError(exportCustomerData(ctx, "cus_missing"), "not_found");
  });
});

describe("anonymizeCustomer", () => {
  test("erases personal fields, contacts and personal audit details; keeps ids and billing records; idempotent", async () => {
    const { ctx } = await createTestUser({ role: "admin", email: "ada@example.com", now: t0 });
    const customer = await createCustomer(
      ctx,
      createCustomerSchema.parse({
        name: "Jane Doe",
        type: "individual",
        email: "jane@example.com",
        phone: "+33 6 00 00 00 00",
        external_ref: "crm-7",
        tax_id: "FR000",
        reverse_charge: true,
        preferred_currency: "EUR",
        billing_address: { line1: "1 rue", city: "Paris", country: "FR" },
        shipping_address: { line1: "2 rue", city: "Lyon", country: "FR" },
        metadata: { nickname: "JD" },
        notes: "Prefers calls",
      }),
    );
    await addCustomerContact(ctx, customer.id, createCustomerContactSchema.parse({ name: "John Doe", email: "john@example.com" }));
    const subscription = await subscribe(customer.id);

    const anonymized = await anonymizeCustomer({ ...ctx, now: at(5) }, customer.id);
    expect(anonymized).toEqual({
      ...customer,
      name: `Anonymized customer ${customer.account_number}`,
      email: null,
      phone: null,
      tax_id: null,
      reverse_charge: false,
      billing_address: null,
      shipping_address: null,
      metadata: {},
      notes: null,
      status: "archived",
      archived_at: at(5).toISOString(),
      anonymized_at: at(5).toISOString(),
      updated_at: at(5).toISOString(),
    });
    expect(anonymized).toMatchObject({ id: customer.id, external_ref: "crm-7", account_number: customer.account_number, preferred_currency: "EUR" });
    expect(await prisma().customerContact.count()).toBe(0);
    expect(await prisma().subscription.findUnique({ where: { id: subscription.id } })).not.toBeNull();

    const rows = await auditRows();
    const serialized = JSON.stringify(rows);
    for (const personal of ["Jane Doe", "jane@example.com", "john@example.com"]) expect(serialized).not.toContain(personal);
    expect(rows.at(-1)).toMatchObject({
      action: "customer.anonymize",
      details: { account_number: customer.account_number, from: "active", to: "archived", contacts_removed: 1, audit_entries_redacted: 2 },
    });
    expect(rows[0]).toMatchObject({ action: "customer.create", details: { external_ref: "crm-7" } });

    const auditCount = rows.length;
    expect(await anonymizeCustomer({ ...ctx, now: at(9) }, customer.id)).toEqual(anonymized);
    expect(await auditRows()).toHaveLength(auditCount);
    expect((await getCustomerHistory(ctx, customer.id)).data[0]).toMatchObject({ action: "anonymize", from: "active", to: "archived" });
    await expectAppError(anonymizeCustomer(ctx, "cus_missing"), "not_found");
  });
});
