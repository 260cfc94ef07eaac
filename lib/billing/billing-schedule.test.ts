import { describe, expect, it } from "vitest";
import { closingPeriodIndex, nextBillingTime } from "./billing-schedule";
import type { BillingCycle } from "./periods";

const cycle: BillingCycle = { interval: "month", intervalCount: 1, timeZone: "UTC", alignment: "anniversary", anchor: new Date("2026-01-31T00:00:00Z") };
const at = (iso: string) => new Date(iso);

describe("nextBillingTime", () => {
  it("is the start of the period the invoice opens while the subscription runs", () => {
    expect(nextBillingTime(cycle, 0, null)).toEqual(at("2026-01-31T00:00:00Z"));
    expect(nextBillingTime(cycle, 1, null)).toEqual(at("2026-02-28T00:00:00Z"));
    expect(nextBillingTime(cycle, 2, null)).toEqual(at("2026-03-31T00:00:00Z"));
  });

  it("after a cancellation mid-period, closes at the cancellation instant, then stops", () => {
    const endedAt = at("2026-02-10T12:00:00Z");
    expect(closingPeriodIndex(cycle, endedAt)).toBe(1);
    expect(nextBillingTime(cycle, 1, endedAt)).toEqual(endedAt);
    expect(nextBillingTime(cycle, 2, endedAt)).toBeNull();
  });

  it("a cancellation at a period end closes on that boundary", () => {
    const endedAt = at("2026-02-28T00:00:00Z");
    expect(closingPeriodIndex(cycle, endedAt)).toBe(1);
    expect(nextBillingTime(cycle, 1, endedAt)).toEqual(endedAt);
    expect(nextBillingTime(cycle, 2, endedAt)).toBeNull();
  });

  it("still catches up earlier periods before the closing one", () => {
    const endedAt = at("2026-04-15T00:00:00Z");
    expect(nextBillingTime(cycle, 1, endedAt)).toEqual(at("2026-02-28T00:00:00Z"));
    expect(nextBillingTime(cycle, 3, endedAt)).toEqual(endedAt);
  });

  it("a subscription ended before it began bills only its opening invoice", () => {
    expect(nextBillingTime(cycle, 0, at("2026-01-31T00:00:00Z"))).toEqual(at("2026-01-31T00:00:00Z"));
    expect(nextBillingTime(cycle, 1, at("2026-01-31T00:00:00Z"))).toBeNull();
  });
});
