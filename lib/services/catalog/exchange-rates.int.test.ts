import { beforeEach, describe, expect, test } from "vitest";
import { auditRows, catalogTableCounts, expectAppError } from "../../testing/assertions";
import { createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { convertAmountFormSchema, convertAmountQuerySchema, createExchangeRateSchema, listExchangeRatesQuerySchema } from "../../schemas/exchange-rate";
import { convertAmount } from "./convert-amount";
import { createExchangeRate } from "./create-exchange-rate";
import { deleteExchangeRate } from "./delete-exchange-rate";
import { getExchangeRate } from "./get-exchange-rate";
import { listExchangeRates } from "./list-exchange-rates";

beforeEach(resetDb);

const now = new Date("2026-06-01T12:00:00.000Z");
const rate = createExchangeRateSchema.parse.bind(createExchangeRateSchema);
const convert = (raw: Record<string, string>) => convertAmountQuerySchema.parse(raw);

describe("exchange rates", () => {
  test("create (effective now by default), stored exactly as Decimal(24,12), audited; same pair and instant is a 409", async () => {
    const { ctx, user } = await createTestUser({ role: "admin", now });
    const created = await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.083456789012" }));
    expect(created).toEqual({
      object: "exchange_rate",
      id: expect.stringMatching(/^fxr_[0-9a-z]{26}$/),
      base_currency: "EUR",
      quote_currency: "USD",
      rate: "1.083456789012",
      effective_from: now.toISOString(),
      created_at: now.toISOString(),
    });
    expect(await getExchangeRate(ctx, created.id)).toEqual(created);
    expect((await createExchangeRate(ctx, rate({ base_currency: "USD", quote_currency: "JPY", rate: "150.50", effective_from: "2026-01-01T00:00:00+01:00" }))).effective_from).toBe(
      "2025-12-31T23:00:00.000Z",
    );

    const before = await catalogTableCounts();
    const duplicate = await expectAppError(
      createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.1" })),
      "conflict",
      "A EUR/USD rate effective from 2026-06-01T12:00:00.000Z already exists.",
    );
    expect(duplicate.param).toBe("effective_from");
    expect(await catalogTableCounts()).toEqual(before);
    expect((await auditRows())[0]).toMatchObject({
      action: "exchange_rate.create",
      actorId: user.id,
      resourceId: created.id,
      details: { pair: "EUR/USD", rate: "1.083456789012", effective_from: now.toISOString() },
    });
  });

  test("validation: ISO 4217 codes that differ, a positive rate with at most 12 decimals", () => {
    const field = (input: object) => createExchangeRateSchema.safeParse(input).error?.issues[0]?.path;
    const ok = { base_currency: "EUR", quote_currency: "USD", rate: "1.08" };
    expect(createExchangeRateSchema.safeParse(ok).success).toBe(true);
    expect(field({ ...ok, base_currency: "eur" })).toEqual(["base_currency"]);
    expect(field({ ...ok, quote_currency: "XYZ" })).toEqual(["quote_currency"]);
    expect(field({ ...ok, quote_currency: "EUR" })).toEqual(["quote_currency"]);
    for (const bad of ["0", "0.000", "-1", "1.0000000000001", "1e3", ".5", "1,08", "1234567890123"]) expect(field({ ...ok, rate: bad }), bad).toEqual(["rate"]);
    expect(field({ ...ok, rate: 1.08 })).toEqual(["rate"]);
    expect(createExchangeRateSchema.safeParse({ ...ok, rate: "0.000000000001" }).success).toBe(true);
    expect(field({ ...ok, effective_from: "2026-01-01" })).toEqual(["effective_from"]);
  });

  test("the console's converter takes major units, exactly", () => {
    expect(convertAmountFormSchema.parse({ amount: "19.99", from: "EUR", to: "JPY" })).toEqual({ amount: 1999n, from: "EUR", to: "JPY" });
    expect(convertAmountFormSchema.parse({ amount: "1.005", from: "KWD", to: "EUR" }).amount).toBe(1005n);
    expect(convertAmountFormSchema.parse({ amount: "150", from: "JPY", to: "EUR" }).amount).toBe(150n);
    for (const [amount, from] of [["1.5", "JPY"], ["19.999", "EUR"], ["abc", "EUR"], ["99999999999999999", "EUR"]]) {
      expect(convertAmountFormSchema.safeParse({ amount, from, to: "USD" }).error?.issues[0]?.path, `${amount} ${from}`).toEqual(["amount"]);
    }
  });

  test("lists latest effective first, filter by pair, page", async () => {
    const { ctx } = await createTestUser({ role: "admin", now });
    const at = (iso: string) => `${iso}T00:00:00Z`;
    const jan = await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.05", effective_from: at("2026-01-01") }));
    const mar = await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.08", effective_from: at("2026-03-01") }));
    const gbp = await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "GBP", rate: "0.85", effective_from: at("2026-02-01") }));
    const ids = async (raw: Record<string, string>) => (await listExchangeRates(ctx, listExchangeRatesQuerySchema.parse(raw))).data.map((r) => r.id);
    expect(await ids({})).toEqual([mar.id, gbp.id, jan.id]);
    expect(await ids({ base_currency: "EUR", quote_currency: "USD" })).toEqual([mar.id, jan.id]);
    expect(await ids({ quote_currency: "GBP" })).toEqual([gbp.id]);
    expect(await ids({ limit: "1", starting_after: gbp.id })).toEqual([jan.id]);
  });

  test("only a rate not yet effective can be deleted", async () => {
    const { ctx } = await createTestUser({ role: "admin", now });
    const current = await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.08" }));
    const future = await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.1", effective_from: "2026-07-01T00:00:00Z" }));
    const before = await catalogTableCounts();
    await expectAppError(deleteExchangeRate(ctx, current.id), "invalid_state", /already effective/);
    expect(await catalogTableCounts()).toEqual(before);
    expect(await deleteExchangeRate(ctx, future.id)).toEqual({ object: "exchange_rate", id: future.id, deleted: true });
    await expectAppError(getExchangeRate(ctx, future.id), "not_found");
    await expectAppError(deleteExchangeRate(ctx, future.id), "not_found");
    expect((await auditRows()).at(-1)).toMatchObject({ action: "exchange_rate.delete", resourceId: future.id });
    // Once its instant has come, the same rate is kept.
    const later = await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.2", effective_from: "2026-08-01T00:00:00Z" }));
    await expectAppError(deleteExchangeRate({ ...ctx, now: new Date("2026-08-01T00:00:00Z") }, later.id), "invalid_state");
  });

  test("convert picks the rate effective at the instant, in either direction, across exponents", async () => {
    const { ctx } = await createTestUser({ role: "admin", now });
    const jan = await createExchangeRate(ctx, rate({ base_currency: "USD", quote_currency: "JPY", rate: "150.25", effective_from: "2026-01-01T00:00:00Z" }));
    await createExchangeRate(ctx, rate({ base_currency: "USD", quote_currency: "JPY", rate: "160", effective_from: "2026-05-01T00:00:00Z" }));
    await createExchangeRate(ctx, rate({ base_currency: "EUR", quote_currency: "KWD", rate: "0.3345", effective_from: "2026-01-01T00:00:00Z" }));

    expect(await convertAmount(ctx, convert({ amount: "1000", from: "USD", to: "JPY", at: "2026-02-01T00:00:00Z" }))).toEqual({
      object: "exchange_rate_conversion",
      amount: 1000,
      from: "USD",
      converted_amount: 1503, // USD 10.00 × 150.25 = JPY 1502.5 → 1503
      to: "JPY",
      at: "2026-02-01T00:00:00.000Z",
      rate: "150.25",
      exchange_rate: jan,
      inverted: false,
    });
    expect(await convertAmount(ctx, convert({ amount: "1000", from: "USD", to: "JPY" }))).toMatchObject({ converted_amount: 1600, rate: "160", at: now.toISOString() });
    expect(await convertAmount(ctx, convert({ amount: "1600", from: "JPY", to: "USD" }))).toMatchObject({ converted_amount: 1000, inverted: true, rate: "160" });
    expect(await convertAmount(ctx, convert({ amount: "1000", from: "EUR", to: "KWD" }))).toMatchObject({ converted_amount: 3345 });
    expect(await convertAmount(ctx, convert({ amount: "-5", from: "EUR", to: "EUR" }))).toMatchObject({ converted_amount: -5, rate: "1", exchange_rate: null });

    const none = await expectAppError(convertAmount(ctx, convert({ amount: "1", from: "USD", to: "JPY", at: "2025-12-31T23:59:59Z" })), "unprocessable");
    expect(none.param).toBe("at");
    await expectAppError(convertAmount(ctx, convert({ amount: "1", from: "GBP", to: "USD" })), "unprocessable");
    expect(convertAmountQuerySchema.safeParse({ amount: "1.5", from: "USD", to: "JPY" }).error?.issues[0]?.path).toEqual(["amount"]);
    expect(convertAmountQuerySchema.safeParse({ amount: "99999999999999999", from: "USD", to: "JPY" }).error?.issues[0]?.path).toEqual(["amount"]);
  });

  test("a viewer reads and converts but cannot add or delete rates", async () => {
    const { ctx: admin } = await createTestUser({ role: "admin", now });
    const { ctx: viewer } = await createTestUser({ role: "viewer", now });
    const future = await createExchangeRate(admin, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.1", effective_from: "2027-01-01T00:00:00Z" }));
    const before = await catalogTableCounts();
    await expectAppError(createExchangeRate(viewer, rate({ base_currency: "EUR", quote_currency: "USD", rate: "1.1" })), "forbidden");
    await expectAppError(deleteExchangeRate(viewer, future.id), "forbidden");
    expect(await catalogTableCounts()).toEqual(before);
    expect((await listExchangeRates(viewer, listExchangeRatesQuerySchema.parse({}))).data).toHaveLength(1);
  });
});
