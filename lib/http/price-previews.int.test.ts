// POST /api/v1/price_previews through the real route handler.
import { beforeAll, describe, expect, test } from "vitest";
import { POST as previewRoute } from "@/app/api/v1/price_previews/route";
import { systemCtx } from "../services/context";
import { callRoute } from "../testing/call-route";
import { createTestApiKey } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let secret: string;

beforeAll(async () => {
  await resetDb();
  secret = (await createTestApiKey(systemCtx("test"), { name: "pricing" })).secret;
});

const preview = (body: object) => callRoute(previewRoute, "/api/v1/price_previews", { key: secret, body });

const graduated = {
  model: "graduated",
  currency: "EUR",
  tiers: [
    { up_to: "100", unit_price: "0.10" },
    { up_to: "1000", unit_price: "0.05", flat_fee: "2" },
    { up_to: null, unit_price: "0.01" },
  ],
};

describe("price previews", () => {
  test("prices graduated tiers with a breakdown per tier, rounded once", async () => {
    const result = await preview({ charge: graduated, quantity: "1500" });
    expect(result.status).toBe(200);
    // 100 × 0.10 + (900 × 0.05 + 2) + 500 × 0.01 = 10 + 47 + 5 = 62.00 EUR
    expect(result.body).toMatchObject({ object: "price_preview", currency: "EUR", amount: 6200 });
    expect(result.body.breakdown.length).toBeGreaterThanOrEqual(3);
  });

  test("prices transactions with the percentage model and per-transaction limits", async () => {
    const charge = { model: "percentage", currency: "USD", rate: "2.9", fixed_fee_per_transaction: "0.30", max_per_transaction: "5" };
    const result = await preview({ charge, transactions: ["10.00", "1000.00"] });
    // 10 × 2.9% + 0.30 = 0.59; 1000 × 2.9% + 0.30 = 29.30 → capped at 5 → 5.59 USD
    expect(result.body).toMatchObject({ amount: 559, currency: "USD" });
  });

  test("keeps sub-cent unit prices exact until the one rounding", async () => {
    const result = await preview({ charge: { model: "per_unit", currency: "USD", unit_price: "0.0001" }, quantity: "123457" });
    expect(result.body).toMatchObject({ amount: 1235, amount_decimal: "12.3457" });
  });

  test.each([
    ["overlapping tiers", { ...graduated, tiers: [{ up_to: "100", unit_price: "1" }, { up_to: "50", unit_price: "1" }, { up_to: null, unit_price: "1" }] }, "charge.tiers[1].up_to"],
    ["a negative rate", { model: "percentage", currency: "USD", rate: "-1" }, "charge.rate"],
    ["package size 0", { model: "package", currency: "USD", package_size: "0", package_price: "5" }, "charge.package_size"],
    ["min above max", { model: "percentage", currency: "USD", rate: "1", min_per_transaction: "5", max_per_transaction: "1" }, "charge.min_per_transaction"],
    ["an unknown currency", { model: "flat", currency: "XYZ", amount: "1" }, "charge.currency"],
  ])("rejects %s with 422 naming the field", async (_label, charge, param) => {
    const result = await preview({ charge, ...(charge.model === "percentage" ? { transactions: ["1"] } : { quantity: "1" }) });
    expect(result.status).toBe(422);
    expect(result.body.error).toMatchObject({ code: "unprocessable", param });
  });

  test("shape errors stay 400: an unknown model, a misspelled field, a number where a string of digits is needed", async () => {
    expect((await preview({ charge: { model: "magic", currency: "USD" }, quantity: "1" })).body.error).toMatchObject({ code: "invalid_request", param: "charge.model" });
    expect((await preview({ charge: { model: "flat", currency: "USD", amount: "1", amout: "2" } })).body.error).toMatchObject({ code: "invalid_request", param: "charge.amout" });
    expect((await preview({ charge: { model: "flat", currency: "USD", amount: "1e3" } })).body.error).toMatchObject({ code: "invalid_request", param: "charge.amount" });
  });

  test("the percentage model takes transactions, the others a quantity", async () => {
    const result = await preview({ charge: { model: "flat", currency: "USD", amount: "1" }, transactions: ["1"] });
    expect(result.body.error).toMatchObject({ code: "invalid_request", param: "transactions" });
  });
});
