import { describe, expect, test } from "vitest";
import { AppError, formatParam } from "../../errors";
import { engineParam, parseModelProperties, toPropertiesDto, toStoredProperties } from "./charge-properties";

describe("charge properties", () => {
  test("params bracket array indexes and snake_case engine paths", () => {
    expect(formatParam(["charges", 0, "prices", "EUR", "tiers", 1, "up_to"])).toBe("charges[0].prices.EUR.tiers[1].up_to");
    expect(formatParam(["metadata", "0"])).toBe("metadata.0");
    expect(engineParam(["charges", 2, "prices", "USD"], "tiers.1.upTo")).toBe("charges[2].prices.USD.tiers[1].up_to");
    expect(engineParam(["price"], "minPerTransaction")).toBe("price.min_per_transaction");
  });

  test("round-trips between the API's snake_case and the engine's camelCase", () => {
    const stored = toStoredProperties("graduated", { tiers: [{ up_to: "10", unit_price: "1", flat_fee: "2" }, { up_to: null, unit_price: "0.5" }], minimum_spend: "5" });
    expect(stored).toEqual({ model: "graduated", tiers: [{ upTo: "10", unitPrice: "1", flatFee: "2" }, { upTo: null, unitPrice: "0.5" }], minimumSpend: "5" });
    expect(toPropertiesDto(stored)).toEqual({ tiers: [{ up_to: "10", unit_price: "1", flat_fee: "2" }, { up_to: null, unit_price: "0.5" }], minimum_spend: "5" });
  });

  test("returns rule violations as issues and throws 400 for shapes", () => {
    const { issues } = parseModelProperties("package", "EUR", { package_size: "0", package_price: "5" }, ["charges", 0, "prices", "EUR"]);
    expect(issues).toEqual([{ param: "charges[0].prices.EUR.package_size", message: expect.stringContaining("greater than 0") }]);
    const error = (() => {
      try {
        parseModelProperties("flat", "EUR", { amount: "1", rate: "2" }, ["price"]);
      } catch (caught) {
        return caught as AppError;
      }
    })();
    expect(error).toMatchObject({ code: "invalid_request", param: "price.rate" });
  });
});
