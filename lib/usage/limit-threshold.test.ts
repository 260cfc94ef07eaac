import { describe, expect, it } from "vitest";
import { effectiveThreshold, sameQuantity } from "./limit-threshold";

describe("effectiveThreshold", () => {
  it("is the limit's own threshold, whatever is included", () => {
    expect(effectiveThreshold({ threshold: "8000.000000000000", thresholdPercent: null }, "10000")).toBe("8000");
    expect(effectiveThreshold({ threshold: "0.5", thresholdPercent: null }, null)).toBe("0.5");
  });

  it("is the percentage of the included quantity", () => {
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "80" }, "10000")).toBe("8000");
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "100" }, "250")).toBe("250");
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "150" }, "1000")).toBe("1500");
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "87.5" }, "3")).toBe("2.625");
  });

  it("rounds to 12 decimal places, half up, and never to zero", () => {
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "33.33" }, "0.000000000001")).toBe("0.000000000001");
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "0.01" }, "0.000000000001")).toBe("0.000000000001");
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "12.5" }, "0.000000000004")).toBe("0.000000000001");
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "37.5" }, "0.000000000004")).toBe("0.000000000002");
  });

  it("compares quantities by value, null only with null", () => {
    expect(sameQuantity("8000", "8000.000000000000")).toBe(true);
    expect(sameQuantity("8000", "8000.5")).toBe(false);
    expect(sameQuantity(null, null)).toBe(true);
    expect(sameQuantity("1", null)).toBe(false);
    expect(sameQuantity(null, "1")).toBe(false);
  });

  it("is null for a percentage while nothing is included", () => {
    expect(effectiveThreshold({ threshold: null, thresholdPercent: "80" }, null)).toBeNull();
  });
});
