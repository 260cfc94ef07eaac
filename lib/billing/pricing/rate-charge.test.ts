import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Dec } from "../decimal";
import { roundToMinor } from "../rounding";
import { compileCharge } from "./compile-charge";
import { rateCharge, rateCompiled } from "./rate-charge";
import type { ChargeDefinition, ChargeModel, RatedCharge, RatingInput, Tier } from "./types";

const billingError = (code: string, path: string) =>
  expect.objectContaining({ name: "BillingError", code, details: { issues: expect.arrayContaining([expect.objectContaining({ path })]) } });

describe("rateCharge", () => {
  test.each<{ name: string; def: ChargeDefinition; input: RatingInput; minor: bigint; exact: string; lastLine?: string }>([
    // minimum / maximum spend, per model
    { name: "flat below the minimum", def: { model: "flat", currency: "USD", amount: "10", minimumSpend: "25" }, input: { quantity: "1" }, minor: 2500n, exact: "25", lastLine: "Minimum spend adjustment 15" },
    { name: "per_unit, no usage, minimum", def: { model: "per_unit", currency: "USD", unitPrice: "0.0001", minimumSpend: "20" }, input: { quantity: "0" }, minor: 2000n, exact: "20", lastLine: "Minimum spend adjustment 20" },
    { name: "per_unit, sub-cent usage topped up", def: { model: "per_unit", currency: "USD", unitPrice: "0.0001", minimumSpend: "20" }, input: { quantity: "123457" }, minor: 2000n, exact: "20", lastLine: "Minimum spend adjustment 7.6543" },
    { name: "per_seat above the maximum", def: { model: "per_seat", currency: "EUR", unitPrice: "12.5", maximumSpend: "100" }, input: { quantity: "9" }, minor: 10000n, exact: "100", lastLine: "Maximum spend adjustment -12.5" },
    { name: "graduated inside the limits", def: { model: "graduated", currency: "USD", tiers: [{ upTo: null, unitPrice: "1" }], minimumSpend: "5", maximumSpend: "10" }, input: { quantity: "7" }, minor: 700n, exact: "7", lastLine: "Tier 1 (all units) 7" },
    { name: "volume capped, sub-cent cap", def: { model: "volume", currency: "USD", tiers: [{ upTo: null, unitPrice: "1" }], maximumSpend: "10.005" }, input: { quantity: "11" }, minor: 1001n, exact: "10.005", lastLine: "Maximum spend adjustment -0.995" },
    { name: "package minimum", def: { model: "package", currency: "USD", packageSize: "100", packagePrice: "5", freeUnits: "100", minimumSpend: "7.5" }, input: { quantity: "150" }, minor: 750n, exact: "7.5", lastLine: "Minimum spend adjustment 2.5" },
    { name: "percentage capped for the period", def: { model: "percentage", currency: "USD", rate: "10", maximumSpend: "15" }, input: { transactions: ["100", "100"] }, minor: 1500n, exact: "15", lastLine: "Maximum spend adjustment -5" },
    { name: "percentage minimum without transactions", def: { model: "percentage", currency: "USD", rate: "10", minimumSpend: "1" }, input: { transactions: [] }, minor: 100n, exact: "1", lastLine: "Minimum spend adjustment 1" },
    { name: "JPY minimum", def: { model: "per_unit", currency: "JPY", unitPrice: "0.4", minimumSpend: "1000" }, input: { quantity: "10" }, minor: 1000n, exact: "1000", lastLine: "Minimum spend adjustment 996" },
    { name: "KWD maximum", def: { model: "per_unit", currency: "KWD", unitPrice: "0.0015", maximumSpend: "1.5" }, input: { quantity: "10000" }, minor: 1500n, exact: "1.5", lastLine: "Maximum spend adjustment -13.5" },
    // rounded once, on the total: per-line rounding would give 2 cents here
    {
      name: "two half-cent lines make one cent",
      def: { model: "graduated", currency: "USD", tiers: [{ upTo: "1", unitPrice: "0.005" }, { upTo: null, unitPrice: "0.005" }] },
      input: { quantity: "2" },
      minor: 1n,
      exact: "0.01",
    },
    // ties round half up, in each exponent
    { name: "USD tie", def: { model: "per_unit", currency: "USD", unitPrice: "0.125" }, input: { quantity: "1" }, minor: 13n, exact: "0.125" },
    { name: "USD just below a tie", def: { model: "per_unit", currency: "USD", unitPrice: "0.124999999999" }, input: { quantity: "1" }, minor: 12n, exact: "0.124999999999" },
    { name: "JPY tie", def: { model: "per_unit", currency: "JPY", unitPrice: "2.5" }, input: { quantity: "1" }, minor: 3n, exact: "2.5" },
    { name: "KWD tie", def: { model: "per_unit", currency: "KWD", unitPrice: "0.0025" }, input: { quantity: "1" }, minor: 3n, exact: "0.0025" },
    { name: "CLF (4 decimals) tie", def: { model: "per_unit", currency: "CLF", unitPrice: "0.00005" }, input: { quantity: "1" }, minor: 1n, exact: "0.00005" },
  ])("$name → $minor", ({ def, input, minor, exact, lastLine }) => {
    const rated = rateCharge(def, input);
    expect(rated.currency).toBe(def.currency);
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
    const last = rated.breakdown.at(-1);
    if (lastLine !== undefined) expect(`${last?.description} ${last?.amount}`).toBe(lastLine);
  });

  test.each<{ name: string; def: ChargeDefinition; input: RatingInput; code: string; path: string }>([
    { name: "invalid definition", def: { model: "per_unit", currency: "USD", unitPrice: "-1" }, input: { quantity: "1" }, code: "invalid_charge", path: "unitPrice" },
    { name: "negative quantity", def: { model: "per_unit", currency: "USD", unitPrice: "1" }, input: { quantity: "-1" }, code: "invalid_rating_input", path: "quantity" },
    { name: "too many decimals", def: { model: "per_unit", currency: "USD", unitPrice: "1" }, input: { quantity: "0.0000000000001" }, code: "invalid_rating_input", path: "quantity" },
    { name: "transactions for a quantity model", def: { model: "flat", currency: "USD", amount: "1" }, input: { transactions: ["1"] }, code: "invalid_rating_input", path: "quantity" },
    { name: "a quantity for percentage", def: { model: "percentage", currency: "USD", rate: "1" }, input: { quantity: "1" }, code: "invalid_rating_input", path: "transactions" },
    { name: "negative transaction", def: { model: "percentage", currency: "USD", rate: "1" }, input: { transactions: ["5", "-5"] }, code: "invalid_rating_input", path: "transactions.1" },
  ])("$name → $code at $path", ({ def, input, code, path }) => {
    expect(() => rateCharge(def, input)).toThrow(billingError(code, path));
  });

  test("rateCompiled gives what rateCharge gives", () => {
    const def: ChargeDefinition = { model: "package", currency: "USD", packageSize: "10", packagePrice: "1.5", freeUnits: "5" };
    const compiled = compileCharge(def);
    for (const quantity of ["0", "5", "5.5", "15", "16", "1000000000000"]) {
      expect(rateCompiled(compiled, { quantity })).toEqual(rateCharge(def, { quantity }));
    }
  });
});

// ---- properties ---------------------------------------------------------------------------------

/** A non-negative decimal string with up to `integerDigits` integer digits and 0–12 decimals. */
const decimal = (integerDigits: number) =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(integerDigits + 12) - 1n }), fc.integer({ min: 0, max: 12 }))
    .map(([scaled, places]) => new Dec(`${scaled}e-12`).toDecimalPlaces(places, Dec.ROUND_DOWN).toFixed());
const positive = (integerDigits: number) => decimal(integerDigits).filter((value) => new Dec(value).gt(0));
const quantity = fc.oneof(decimal(9), fc.constantFrom("0", "1", "100", "1000000000000"));
const price = decimal(4);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const currency = fc.constantFrom("USD", "EUR", "JPY", "KWD", "CLF");

/** 1–5 tiers with strictly ascending bounds and an open-ended last tier. */
const tiers = fc
  .array(fc.record({ step: positive(4), unitPrice: price, flatFee: optional(decimal(3)) }), { minLength: 1, maxLength: 5 })
  .map((rows) => {
    let bound = new Dec(0);
    return rows.map(({ step, unitPrice, flatFee }, index): Tier => {
      bound = bound.plus(step);
      return { upTo: index === rows.length - 1 ? null : bound.toFixed(), unitPrice, flatFee };
    });
  });

/** Quantities exactly at, just above and just below each tier bound, where off-by-one errors hide. */
const nearTierBounds = (tierList: Tier[]) =>
  fc.constantFrom(
    ...tierList.flatMap(({ upTo }) => (upTo === null ? [] : [upTo, new Dec(upTo).plus("0.000000000001").toFixed(), new Dec(upTo).minus("0.000000000001").toFixed()])),
    "0",
  );

const models: fc.Arbitrary<{ model: ChargeModel; input: RatingInput }> = fc.oneof(
  fc.record({ model: fc.record({ model: fc.constant("flat" as const), amount: price }), input: fc.record({ quantity }) }),
  fc.record({ model: fc.record({ model: fc.constantFrom("per_unit" as const, "per_seat" as const), unitPrice: price }), input: fc.record({ quantity }) }),
  fc.record({ model: fc.constantFrom("graduated" as const, "volume" as const), tiers }).chain((model) =>
    fc.record({ model: fc.constant(model), input: fc.record({ quantity: fc.oneof(quantity, nearTierBounds(model.tiers)) }) }),
  ),
  fc.record({
    model: fc.record({ model: fc.constant("package" as const), packageSize: fc.integer({ min: 1, max: 10_000 }).map(String), packagePrice: price, freeUnits: optional(decimal(5)) }),
    input: fc.record({ quantity }),
  }),
  fc.record({
    model: fc
      .record({
        model: fc.constant("percentage" as const),
        rate: decimal(2),
        fixedFeePerTransaction: optional(decimal(2)),
        freeTransactions: optional(fc.integer({ min: 0, max: 6 })),
        clamp: fc.tuple(optional(decimal(2)), optional(decimal(3))),
      })
      .map(({ clamp: [min, max], ...fields }) => ({ ...fields, ...ordered("minPerTransaction", min, "maxPerTransaction", max) })),
    input: fc.record({ transactions: fc.array(decimal(9), { maxLength: 8 }) }),
  }),
);

const charges = fc
  .tuple(models, currency, optional(decimal(6)), optional(decimal(6)))
  .map(([{ model, input }, code, low, high]) => ({
    def: { ...model, currency: code, ...ordered("minimumSpend", low, "maximumSpend", high) } as ChargeDefinition,
    input,
  }));

function ordered<L extends string, U extends string>(lowerKey: L, a: string | undefined, upperKey: U, b: string | undefined) {
  const swap = a !== undefined && b !== undefined && new Dec(a).gt(b);
  return { [lowerKey]: swap ? b : a, [upperKey]: swap ? a : b } as Record<L | U, string | undefined>;
}

/** The rules of charge-models.md, written directly in decimal.js: the oracle for the bigint engine. */
function referenceAmount(def: ChargeDefinition, input: RatingInput): Dec {
  const units = "quantity" in input ? new Dec(input.quantity) : new Dec(0);
  const total = referenceModelAmount(def, units, "transactions" in input ? input.transactions : []);
  if (def.minimumSpend !== undefined && total.lt(def.minimumSpend)) return new Dec(def.minimumSpend);
  if (def.maximumSpend !== undefined && total.gt(def.maximumSpend)) return new Dec(def.maximumSpend);
  return total;
}

function referenceModelAmount(def: ChargeModel, units: Dec, transactions: string[]): Dec {
  switch (def.model) {
    case "flat":
      return new Dec(def.amount);
    case "per_unit":
    case "per_seat":
      return units.times(def.unitPrice);
    case "graduated": {
      let total = new Dec(0);
      let lower = new Dec(0);
      for (const tier of def.tiers) {
        if (units.lte(lower)) break;
        const upper = tier.upTo === null ? units : Dec.min(units, tier.upTo);
        total = total.plus(upper.minus(lower).times(tier.unitPrice)).plus(tier.flatFee ?? 0);
        lower = new Dec(tier.upTo ?? units);
      }
      return total;
    }
    case "volume": {
      if (units.isZero()) return new Dec(0);
      const tier = def.tiers.find(({ upTo }) => upTo === null || units.lte(upTo)) as Tier;
      return units.times(tier.unitPrice).plus(tier.flatFee ?? 0);
    }
    case "package":
      return Dec.max(0, units.minus(def.freeUnits ?? 0)).div(def.packageSize).ceil().times(def.packagePrice);
    case "percentage":
      return transactions.slice(def.freeTransactions ?? 0).reduce((sum, amount) => {
        let fee = new Dec(amount).times(def.rate).div(100).plus(def.fixedFeePerTransaction ?? 0);
        if (def.minPerTransaction !== undefined && fee.lt(def.minPerTransaction)) fee = new Dec(def.minPerTransaction);
        if (def.maxPerTransaction !== undefined && fee.gt(def.maxPerTransaction)) fee = new Dec(def.maxPerTransaction);
        return sum.plus(fee);
      }, new Dec(0));
  }
}

const exact = (rated: RatedCharge) => new Dec(rated.exactAmount);
const rateQuantity = (def: ChargeDefinition, units: string) => rateCharge(def, { quantity: units });

describe("rating properties", () => {
  test("the bigint engine equals a decimal.js reference, exactly and rounded", () => {
    fc.assert(
      fc.property(charges, ({ def, input }) => {
        const rated = rateCharge(def, input);
        const reference = referenceAmount(def, input);
        expect(rated.exactAmount).toBe(reference.toFixed());
        expect(rated.amountMinor).toBe(roundToMinor(reference, def.currency));
        const lineSum = rated.breakdown.reduce((sum, line) => sum.plus(line.amount), new Dec(0));
        expect(lineSum.toFixed()).toBe(rated.exactAmount);
      }),
      { numRuns: 2_000 },
    );
  });

  test("graduated price never decreases as the quantity grows", () => {
    fc.assert(
      fc.property(tiers, quantity, quantity, (graduatedTiers, a, b) => {
        const def: ChargeDefinition = { model: "graduated", currency: "USD", tiers: graduatedTiers };
        const [low, high] = new Dec(a).lte(b) ? [a, b] : [b, a];
        const [lowRated, highRated] = [rateQuantity(def, low), rateQuantity(def, high)];
        expect(exact(lowRated).lte(exact(highRated))).toBe(true);
        expect(lowRated.amountMinor <= highRated.amountMinor).toBe(true);
      }),
    );
  });

  test("volume and graduated agree when there is one tier", () => {
    fc.assert(
      fc.property(price, optional(decimal(3)), quantity, currency, (unitPrice, flatFee, units, code) => {
        const single: Tier[] = [{ upTo: null, unitPrice, flatFee }];
        const volume = rateQuantity({ model: "volume", currency: code, tiers: single }, units);
        const graduated = rateQuantity({ model: "graduated", currency: code, tiers: single }, units);
        expect(volume.exactAmount).toBe(graduated.exactAmount);
        expect(volume.amountMinor).toBe(graduated.amountMinor);
      }),
    );
  });

  test("package price is a step function: flat within a block, one package price per step", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        price,
        decimal(4),
        fc.integer({ min: 0, max: 10_000 }),
        positive(4),
        (size, packagePrice, freeUnits, blocks, offset) => {
          const def: ChargeDefinition = { model: "package", currency: "USD", packageSize: String(size), packagePrice, freeUnits };
          const into = Dec.min(offset, size); // somewhere in (0, size]: inside block number blocks + 1
          const blockStart = new Dec(freeUnits).plus(new Dec(size).times(blocks));
          const atStep = rateQuantity(def, blockStart.toFixed());
          const insideNext = rateQuantity(def, blockStart.plus(into).toFixed());
          expect(exact(atStep).eq(new Dec(packagePrice).times(blocks))).toBe(true);
          expect(exact(insideNext).eq(new Dec(packagePrice).times(blocks + 1))).toBe(true);
          expect(rateQuantity(def, Dec.min(freeUnits, offset).toFixed()).exactAmount).toBe("0");
        },
      ),
    );
  });
});
