import { beforeEach, describe, expect, test } from "vitest";
import { computeTax } from "../../billing/tax";
import { prisma } from "../../db/client";
import { createTaxRateSchema, listTaxRatesQuerySchema, setCustomerTaxRatesSchema, updateTaxRateSchema } from "../../schemas/tax-rate";
import { auditRows, expectAppError } from "../../testing/assertions";
import { createTestCustomer, createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { inTransaction } from "../transaction";
import { archiveTaxRate } from "./archive-tax-rate";
import { createTaxRate } from "./create-tax-rate";
import { getCustomerTaxRates } from "./get-customer-tax-rates";
import { getTaxRate, getTaxRateByCode } from "./get-tax-rate";
import { listTaxRates } from "./list-tax-rates";
import { resolveCustomerTaxRates } from "./resolve-customer-tax-rates";
import { setCustomerTaxRates } from "./set-customer-tax-rates";
import { updateTaxRate } from "./update-tax-rate";

beforeEach(resetDb);

const t0 = new Date("2026-06-01T12:00:00.000Z");
const create = (raw: Record<string, unknown>) => createTaxRateSchema.parse({ name: "VAT", ...raw });
const adminCtx = async () => (await createTestUser({ role: "admin", now: t0 })).ctx;

describe("tax rates", () => {
  test("create, retrieve by id and code, audit; the percentage is a canonical decimal string", async () => {
    const ctx = await adminCtx();
    const rate = await createTaxRate(ctx, create({ code: "FR-VAT-20", percentage: "20.000", country: "FR", applies_by_default: true }));
    expect(rate).toEqual({
      object: "tax_rate",
      id: expect.stringMatching(/^txr_[0-9a-z]{26}$/),
      code: "FR-VAT-20",
      name: "VAT",
      percentage: "20",
      inclusive: false,
      country: "FR",
      region: null,
      applies_by_default: true,
      status: "active",
      archived_at: null,
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    });
    expect(await getTaxRate(ctx, rate.id)).toEqual(rate);
    expect(await getTaxRateByCode(ctx, "FR-VAT-20")).toEqual(rate);
    expect((await expectAppError(getTaxRateByCode(ctx, "nope"), "not_found")).param).toBe("code");
    const duplicate = await expectAppError(createTaxRate(ctx, create({ code: "FR-VAT-20", percentage: "5.5" })), "conflict", "A tax rate with code 'FR-VAT-20' already exists.");
    expect(duplicate.param).toBe("code");
    expect((await auditRows()).map((row) => [row.action, row.details])).toEqual([["tax_rate.create", { code: "FR-VAT-20", percentage: "20", inclusive: false }]]);
  });

  test("the schema names the field: percentage range and decimals, country, region without country, immutable fields", () => {
    const path = (schema: typeof createTaxRateSchema | typeof updateTaxRateSchema, raw: Record<string, unknown>) => {
      const result = schema.safeParse(raw);
      return result.success ? undefined : `${result.error.issues[0]!.path.join(".")}: ${result.error.issues[0]!.message}`;
    };
    const base = { code: "X", name: "VAT" };
    expect(path(createTaxRateSchema, { ...base, percentage: "0" })).toBeUndefined();
    expect(path(createTaxRateSchema, { ...base, percentage: "99.999999" })).toBeUndefined();
    expect(path(createTaxRateSchema, { ...base, percentage: "100" })).toMatch(/^percentage: /);
    expect(path(createTaxRateSchema, { ...base, percentage: "-1" })).toMatch(/^percentage: /);
    expect(path(createTaxRateSchema, { ...base, percentage: "6.1234567" })).toMatch(/^percentage: /);
    expect(path(createTaxRateSchema, { ...base, percentage: 20 })).toMatch(/^percentage: /);
    expect(path(createTaxRateSchema, { ...base, percentage: "20", country: "fr" })).toMatch(/^country: /);
    expect(path(createTaxRateSchema, { ...base, percentage: "20", region: "CA" })).toBe("region: region needs a country.");
    expect(path(updateTaxRateSchema, { percentage: "21" })).toBe("percentage: percentage cannot change after creation: create a new tax rate and archive this one.");
    expect(path(updateTaxRateSchema, { inclusive: true })).toMatch(/^inclusive: inclusive cannot change/);
  });

  test("list filters by search, country, inclusive and status; PATCH and archive", async () => {
    const ctx = await adminCtx();
    const fr = await createTaxRate(ctx, create({ code: "FR-20", percentage: "20", country: "FR" }));
    const de = await createTaxRate(ctx, create({ code: "DE-19", name: "MwSt", percentage: "19", country: "DE", inclusive: true }));
    const ca = await createTaxRate(ctx, create({ code: "US-CA", name: "Sales tax", percentage: "7.25", country: "US", region: "CA" }));
    await archiveTaxRate(ctx, ca.id);

    const codes = async (raw: Record<string, string>) => (await listTaxRates(ctx, listTaxRatesQuerySchema.parse(raw))).data.map((rate) => rate.code);
    expect(await codes({})).toEqual(["US-CA", "DE-19", "FR-20"]);
    expect(await codes({ q: "mwst" })).toEqual(["DE-19"]);
    expect(await codes({ country: "FR" })).toEqual(["FR-20"]);
    expect(await codes({ inclusive: "true" })).toEqual(["DE-19"]);
    expect(await codes({ inclusive: "false" })).toEqual(["US-CA", "FR-20"]);
    expect(await codes({ status: "archived" })).toEqual(["US-CA"]);
    expect(await codes({ status: "active", limit: "1" })).toEqual(["DE-19"]);
    expect(listTaxRatesQuerySchema.safeParse({ inclusive: "yes" }).success).toBe(false);
    expect(await codes({ sort: "code" })).toEqual(["DE-19", "FR-20", "US-CA"]);
    const firstByCode = await listTaxRates(ctx, listTaxRatesQuerySchema.parse({ sort: "code", limit: "2" }));
    expect(await codes({ sort: "code", starting_after: firstByCode.next_cursor! })).toEqual(["US-CA"]);

    const later = { ...ctx, now: new Date(t0.getTime() + 1000) };
    expect(await updateTaxRate(later, fr.id, updateTaxRateSchema.parse({ name: "TVA", applies_by_default: true, region: "Corse" }))).toMatchObject({
      name: "TVA",
      applies_by_default: true,
      region: "Corse",
      percentage: "20",
      updated_at: later.now.toISOString(),
    });
    expect((await expectAppError(updateTaxRate(ctx, fr.id, updateTaxRateSchema.parse({ country: null })), "unprocessable")).param).toBe("region");
    await expectAppError(updateTaxRate(ctx, ca.id, updateTaxRateSchema.parse({ name: "x" })), "invalid_state");
    await expectAppError(archiveTaxRate(ctx, ca.id), "invalid_state");
    expect(await getTaxRate(ctx, de.id)).toMatchObject({ status: "active" });

    const { ctx: viewer } = await createTestUser({ role: "viewer" });
    await expectAppError(createTaxRate(viewer, create({ code: "V", percentage: "1" })), "forbidden");
    await expectAppError(archiveTaxRate(viewer, de.id), "forbidden");
  });
});

describe("customer tax rates", () => {
  test("PUT replaces a customer's rates; unknown, archived or mixed inclusive rates are refused naming the field", async () => {
    const ctx = await adminCtx();
    const state = await createTaxRate(ctx, create({ code: "STATE", percentage: "6", country: "US" }));
    const county = await createTaxRate(ctx, create({ code: "COUNTY", percentage: "1.25", country: "US" }));
    const gross = await createTaxRate(ctx, create({ code: "GROSS", percentage: "20", inclusive: true }));
    const old = await createTaxRate(ctx, create({ code: "OLD", percentage: "5" }));
    await archiveTaxRate(ctx, old.id);
    const customer = await createTestCustomer();
    const put = (ids: string[]) => setCustomerTaxRates(ctx, customer.id, setCustomerTaxRatesSchema.parse({ tax_rate_ids: ids }));

    const set = await put([state.id, county.id]);
    expect(set).toMatchObject({ object: "customer_tax_rates", customer_id: customer.id });
    expect(set.tax_rates.map((rate) => rate.code)).toEqual(["COUNTY", "STATE"]);
    expect(await getCustomerTaxRates(ctx, customer.id)).toEqual(set);

    expect((await expectAppError(put([state.id, "txr_missing"]), "not_found")).param).toBe("tax_rate_ids.1");
    expect((await expectAppError(put([old.id]), "unprocessable")).param).toBe("tax_rate_ids.0");
    expect((await expectAppError(put([state.id, gross.id]), "unprocessable")).param).toBe("tax_rate_ids");
    expect(setCustomerTaxRatesSchema.safeParse({ tax_rate_ids: [state.id, state.id] }).success).toBe(false);
    expect((await getCustomerTaxRates(ctx, customer.id)).tax_rates).toHaveLength(2);

    expect((await put([])).tax_rates).toEqual([]);
    await expectAppError(getCustomerTaxRates(ctx, "cus_missing"), "not_found");
    expect((await auditRows()).filter((row) => row.action === "customer.tax_rates_set").map((row) => row.details)).toEqual([
      { tax_rate_ids: [state.id, county.id] },
      { tax_rate_ids: [] },
    ]);
  });

  test("resolveCustomerTaxRates: own rates, else defaults of the billing country and region, none when exempt; reverse charge flagged", async () => {
    const ctx = await adminCtx();
    const fr = await createTaxRate(ctx, create({ code: "FR", percentage: "20", country: "FR", applies_by_default: true }));
    await createTaxRate(ctx, create({ code: "FR-OPT", percentage: "10", country: "FR" })); // not a default
    const ca = await createTaxRate(ctx, create({ code: "US-CA", percentage: "7.25", country: "US", region: "CA", applies_by_default: true }));
    const everywhere = await createTaxRate(ctx, create({ code: "ANY", name: "Levy", percentage: "1", applies_by_default: true }));
    const archivedDefault = await createTaxRate(ctx, create({ code: "FR-OLD", percentage: "19.6", country: "FR", applies_by_default: true }));
    await archiveTaxRate(ctx, archivedDefault.id);
    const own = await createTaxRate(ctx, create({ code: "OWN", percentage: "5.5", country: "FR" }));
    const resolve = (customerId: string) => inTransaction((tx) => resolveCustomerTaxRates(tx, customerId));
    const ids = (resolved: Awaited<ReturnType<typeof resolve>>) => resolved.taxRates.map((rate) => rate.id);

    const paris = await createTestCustomer({ billingAddress: { line1: "1", city: "Paris", country: "FR" } });
    const byDefault = await resolve(paris.id);
    expect(byDefault).toMatchObject({ source: "default", customer: { taxExempt: false, reverseCharge: false } });
    expect(ids(byDefault)).toEqual([everywhere.id, fr.id]);
    expect(byDefault.taxRates[1]).toEqual({ id: fr.id, name: "VAT", percent: "20", inclusive: false });

    const california = await createTestCustomer({ billingAddress: { line1: "1", city: "LA", region: "ca", country: "US" } });
    expect(ids(await resolve(california.id))).toEqual([everywhere.id, ca.id]);
    const texas = await createTestCustomer({ billingAddress: { line1: "1", city: "Austin", region: "TX", country: "US" } });
    expect(ids(await resolve(texas.id))).toEqual([everywhere.id]);
    const nowhere = await createTestCustomer();
    expect(ids(await resolve(nowhere.id))).toEqual([everywhere.id]);

    await setCustomerTaxRates(ctx, paris.id, setCustomerTaxRatesSchema.parse({ tax_rate_ids: [own.id] }));
    expect(await resolve(paris.id)).toMatchObject({ source: "customer", taxRates: [{ id: own.id, percent: "5.5" }] });
    await archiveTaxRate(ctx, own.id); // an archived own rate no longer applies: back to the defaults
    expect(await resolve(paris.id)).toMatchObject({ source: "default" });

    const exempt = await createTestCustomer({ taxExempt: true, billingAddress: { line1: "1", city: "Paris", country: "FR" } });
    expect(await resolve(exempt.id)).toEqual({ taxRates: [], customer: { taxExempt: true, reverseCharge: false }, source: "exempt" });

    const b2b = await createTestCustomer({ taxId: "DE123456789", billingAddress: { line1: "1", city: "Paris", country: "FR" } });
    await prisma().customer.update({ where: { id: b2b.id }, data: { reverseCharge: true } });
    const reverse = await resolve(b2b.id);
    expect(reverse).toMatchObject({ source: "default", customer: { taxExempt: false, reverseCharge: true } });
    const taxed = computeTax("EUR", [{ netMinor: 10_000n, taxRates: reverse.taxRates }], reverse.customer);
    expect(taxed.lines[0]).toMatchObject({ taxMinor: 0n, reverseCharge: true });

    const charged = computeTax("EUR", [{ netMinor: 10_000n, taxRates: byDefault.taxRates }], byDefault.customer);
    expect(charged.lines[0]!.taxMinor).toBe(2_100n);
    await expectAppError(resolve("cus_missing"), "not_found");
  });
});
