import { describe, expect, test } from "vitest";
import { BillingError, type BillingErrorCode } from "./errors";

describe("BillingError", () => {
  test.each<{ code: BillingErrorCode; details: Record<string, unknown> | undefined }>([
    { code: "currency_mismatch", details: { currencies: ["USD", "EUR"] } },
    { code: "unknown_currency", details: { currency: "XYZ" } },
    { code: "invalid_amount", details: undefined },
    { code: "amount_out_of_range", details: { amountMinor: "9007199254740992" } },
    { code: "invalid_allocation", details: undefined },
    { code: "invalid_date", details: { date: { year: 2027, month: 2, day: 29 } } },
    { code: "invalid_time_zone", details: { timeZone: "Mars/Olympus_Mons" } },
    { code: "invalid_period", details: { intervalCount: 0 } },
    { code: "invalid_charge", details: { issues: [{ path: "rate", message: "rate must be between 0 and 100" }] } },
    { code: "invalid_rating_input", details: { issues: [{ path: "quantity", message: "quantity must not be negative" }] } },
    { code: "invalid_coupon", details: { couponId: "WELCOME10" } },
    { code: "invalid_tax_rate", details: { rateId: "vat-20" } },
    { code: "invalid_invoice_input", details: { key: "seats" } },
    { code: "invoice_not_due", details: { periodIndex: 1, asOf: "2026-01-15T00:00:00.000Z" } },
    { code: "invoice_invariant_violated", details: { broken: ["the coupons add up to the discount"] } },
  ])("carries code $code, message and details", ({ code, details }) => {
    const error = new BillingError(code, "something is off", details);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(BillingError);
    expect(error.name).toBe("BillingError");
    expect(error.code).toBe(code);
    expect(error.message).toBe("something is off");
    expect(error.details).toEqual(details);
    expect(error.stack).toContain("BillingError");
  });
});
