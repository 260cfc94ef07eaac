import { describe, expect, test } from "vitest";
import { parseFixed, UNIT_DIGITS } from "./fixed-point";
import { readQuantity, readTransactions } from "./rating-input";
import type { RatingInput } from "./types";

const units = (value: string) => parseFixed(value, UNIT_DIGITS) as bigint;
const invalid = (path: string) =>
  expect.objectContaining({ name: "BillingError", code: "invalid_rating_input", details: { issues: [expect.objectContaining({ path })] } });

describe("readQuantity", () => {
  test.each(["0", "-0", "1", "0.5", "123457", "1000000000000", "0.000000000001"])("reads %s", (quantity) => {
    expect(readQuantity({ quantity })).toBe(units(quantity));
  });

  test.each<{ input: RatingInput; path: string }>([
    { input: { quantity: "-1" }, path: "quantity" },
    { input: { quantity: "-0.000000000001" }, path: "quantity" },
    { input: { quantity: "0.0000000000001" }, path: "quantity" },
    { input: { quantity: "1e3" }, path: "quantity" },
    { input: { quantity: "" }, path: "quantity" },
    { input: { quantity: 5 as unknown as string }, path: "quantity" },
    { input: { transactions: ["1"] }, path: "quantity" },
  ])("rejects $input at $path", ({ input, path }) => {
    expect(() => readQuantity(input)).toThrow(invalid(path));
  });
});

describe("readTransactions", () => {
  test("reads every amount", () => {
    expect(readTransactions({ transactions: ["0", "12.5", "1000000000000"] })).toEqual([0n, units("12.5"), units("1000000000000")]);
    expect(readTransactions({ transactions: [] })).toEqual([]);
  });

  test.each<{ input: RatingInput; path: string }>([
    { input: { transactions: ["1", "-0.01"] }, path: "transactions.1" },
    { input: { transactions: ["1", "2", "x"] }, path: "transactions.2" },
    { input: { transactions: ["1.0000000000001"] }, path: "transactions.0" },
    { input: { quantity: "1" }, path: "transactions" },
    { input: { transactions: "1" as unknown as string[] }, path: "transactions" },
  ])("rejects $input at $path", ({ input, path }) => {
    expect(() => readTransactions(input)).toThrow(invalid(path));
  });
});
