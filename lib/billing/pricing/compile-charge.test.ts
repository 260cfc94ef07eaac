import { describe, expect, test } from "vitest";
import { compileCharge } from "./compile-charge";
import { rateCompiled } from "./rate-charge";
import type { ChargeDefinition } from "./types";

describe("compileCharge", () => {
  test("rejects an invalid definition with every issue", () => {
    const def: ChargeDefinition = { model: "volume", currency: "USD", tiers: [{ upTo: "10", unitPrice: "1" }], minimumSpend: "5", maximumSpend: "1" };
    expect(() => compileCharge(def)).toThrow(
      expect.objectContaining({
        code: "invalid_charge",
        details: { issues: [expect.objectContaining({ path: "tiers.0.upTo" }), expect.objectContaining({ path: "minimumSpend" })] },
      }),
    );
  });

  test("compiles once into a frozen value that rates any number of inputs", () => {
    const def: ChargeDefinition = { model: "per_unit", currency: "EUR", unitPrice: "0.25", minimumSpend: "1" };
    const compiled = compileCharge(def);
    expect(Object.isFrozen(compiled)).toBe(true);
    expect(compiled.currency).toBe("EUR");
    def.unitPrice = "1000"; // the compiled charge no longer depends on the definition object
    expect(["0", "4", "10"].map((quantity) => rateCompiled(compiled, { quantity }).amountMinor)).toEqual([100n, 100n, 250n]);
  });

  test.each<{ def: ChargeDefinition; input: "quantity" | "transactions" }>([
    { def: { model: "flat", currency: "USD", amount: "1" }, input: "quantity" },
    { def: { model: "per_unit", currency: "USD", unitPrice: "1" }, input: "quantity" },
    { def: { model: "per_seat", currency: "USD", unitPrice: "1" }, input: "quantity" },
    { def: { model: "graduated", currency: "USD", tiers: [{ upTo: null, unitPrice: "1" }] }, input: "quantity" },
    { def: { model: "volume", currency: "USD", tiers: [{ upTo: null, unitPrice: "1" }] }, input: "quantity" },
    { def: { model: "package", currency: "USD", packageSize: "1", packagePrice: "1" }, input: "quantity" },
    { def: { model: "percentage", currency: "USD", rate: "1" }, input: "transactions" },
  ])("$def.model rates $input", ({ def, input }) => {
    expect(compileCharge(def).rater.input).toBe(input);
  });
});
