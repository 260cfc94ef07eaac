import { describe, expect, test } from "vitest";
import { BillingError, type BillingErrorCode } from "./errors";

describe("BillingError", () => {
  test.each<{ code: BillingErrorCode; details: Record<string, unknown> | undefined }>([
    { code: "currency_mismatch", details: { currencies: ["USD", "EUR"] } },
    { code: "unknown_currency", details: { currency: "XYZ" } },
    { code: "invalid_amount", details: undefined },
    { code: "amount_out_of_range", details: { amountMinor: "9007199254740992" } },
    { code: "invalid_allocation", details: undefined },
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
