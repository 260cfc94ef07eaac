import { describe, expect, test } from "vitest";
import { retryDelayMs } from "./backoff";

const SECOND = 1000;
const HOUR = 3600 * SECOND;

describe("retryDelayMs", () => {
  test.each([
    { attempt: 1, base: 5 * SECOND },
    { attempt: 2, base: 10 * SECOND },
    { attempt: 3, base: 20 * SECOND },
    { attempt: 4, base: 40 * SECOND },
    { attempt: 10, base: 2560 * SECOND },
    { attempt: 11, base: HOUR }, // 5120 s, capped
    { attempt: 50, base: HOUR },
    { attempt: 2000, base: HOUR }, // 2 ** 1999 is Infinity; still capped
  ])("attempt $attempt waits $base ms ±20%", ({ attempt, base }) => {
    for (const seed of ["job_a", "job_b", "job_c", "job_d", undefined]) {
      const delay = retryDelayMs(attempt, seed);
      expect(delay).toBeGreaterThanOrEqual(base * 0.8);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });

  test("is deterministic for a seed and differs between seeds", () => {
    expect(retryDelayMs(3, "job_x")).toBe(retryDelayMs(3, "job_x"));
    const delays = new Set(["job_1", "job_2", "job_3", "job_4", "job_5"].map((seed) => retryDelayMs(3, seed)));
    expect(delays.size).toBeGreaterThan(1);
  });

  test("grows with every attempt below the cap for the same job", () => {
    for (let attempt = 1; attempt < 10; attempt++) {
      expect(retryDelayMs(attempt + 1, "job_growth")).toBeGreaterThan(retryDelayMs(attempt, "job_growth"));
    }
  });

  test("spreads seeded jitter across the whole ±20% band", () => {
    const units = Array.from({ length: 500 }, (_, i) => retryDelayMs(1, `job_${i}`) / (5 * SECOND));
    expect(Math.min(...units)).toBeLessThan(0.82);
    expect(Math.max(...units)).toBeGreaterThan(1.18);
  });

  test.each([0, -1, 1.5, Number.NaN])("rejects attempt %s", (attempt) => {
    expect(() => retryDelayMs(attempt)).toThrow(RangeError);
  });
});
