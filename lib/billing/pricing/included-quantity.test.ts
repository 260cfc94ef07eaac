import { describe, expect, it } from "vitest";
import { includedQuantity } from "./included-quantity";
import type { ChargeModel } from "./types";

describe("includedQuantity", () => {
  const cases: { name: string; model: ChargeModel; included: string | null }[] = [
    { name: "package free units", model: { model: "package", packageSize: "100", packagePrice: "5", freeUnits: "10000" }, included: "10000" },
    { name: "fractional free units", model: { model: "package", packageSize: "1", packagePrice: "5", freeUnits: "0.50" }, included: "0.5" },
    { name: "package without free units", model: { model: "package", packageSize: "100", packagePrice: "5" }, included: null },
    { name: "package with zero free units", model: { model: "package", packageSize: "100", packagePrice: "5", freeUnits: "0" }, included: null },
    {
      name: "graduated: the leading free tier",
      model: { model: "graduated", tiers: [{ upTo: "1000", unitPrice: "0" }, { upTo: null, unitPrice: "0.01" }] },
      included: "1000",
    },
    {
      name: "graduated: several leading free tiers",
      model: { model: "graduated", tiers: [{ upTo: "1000", unitPrice: "0" }, { upTo: "5000", unitPrice: "0.00", flatFee: "0" }, { upTo: null, unitPrice: "0.01" }] },
      included: "5000",
    },
    {
      name: "graduated: a flat fee makes the first tier paid",
      model: { model: "graduated", tiers: [{ upTo: "1000", unitPrice: "0", flatFee: "10" }, { upTo: null, unitPrice: "0.01" }] },
      included: null,
    },
    {
      name: "graduated: a free tier after a paid one is not included",
      model: { model: "graduated", tiers: [{ upTo: "10", unitPrice: "1" }, { upTo: "1000", unitPrice: "0" }, { upTo: null, unitPrice: "0.5" }] },
      included: null,
    },
    { name: "free without end", model: { model: "graduated", tiers: [{ upTo: "1000", unitPrice: "0" }, { upTo: null, unitPrice: "0" }] }, included: null },
    { name: "volume: the leading free tier", model: { model: "volume", tiers: [{ upTo: "250", unitPrice: "0" }, { upTo: null, unitPrice: "2" }] }, included: "250" },
    { name: "per unit", model: { model: "per_unit", unitPrice: "0.01" }, included: null },
    { name: "flat", model: { model: "flat", amount: "10" }, included: null },
    { name: "percentage", model: { model: "percentage", rate: "2.9", freeTransactions: 10 }, included: null },
  ];
  it.each(cases)("$name", ({ model, included }) => {
    expect(includedQuantity(model)).toBe(included);
  });
});
