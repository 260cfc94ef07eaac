import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { rateCharge } from "./rate-charge";
import type { ChargeDefinition, RatingInput } from "./types";

// Every ```json pricing-example block in docs/pricing.md is rated here, so the docs cannot drift.
const DOC = path.resolve(__dirname, "../../../docs/pricing.md");
const EXAMPLE_BLOCK = /^```json pricing-example\n([\s\S]*?)^```$/gm;

type PricingExample = {
  title: string;
  charge: ChargeDefinition;
  input: RatingInput;
  expected: { amountMinor: string; currency: string };
};

const examples = [...fs.readFileSync(DOC, "utf8").matchAll(EXAMPLE_BLOCK)].map((match) => ({
  example: JSON.parse(match[1] as string) as PricingExample,
}));

describe("docs/pricing.md examples", () => {
  test("there is at least one example per charge model", () => {
    const models = new Set(examples.map(({ example }) => example.charge.model));
    expect([...models].sort()).toEqual(["flat", "graduated", "package", "per_seat", "per_unit", "percentage", "volume"]);
  });

  test.each(examples)("$example.title", ({ example }) => {
    expect(example.expected.amountMinor).toMatch(/^-?\d+$/);
    const rated = rateCharge(example.charge, example.input);
    expect({ amountMinor: rated.amountMinor.toString(), currency: rated.currency }).toEqual(example.expected);
  });
});
