import { describe, expect, test } from "vitest";
import { checkEventProperties, checkEventTime } from "./event-rules";

const now = new Date("2026-03-10T12:00:00.000Z");
const window = { futureSkewMs: 5 * 60_000, lateWindowMs: 35 * 86_400_000 };

describe("event time", () => {
  test("within the skew and the late window: accepted", () => {
    expect(checkEventTime(new Date(now.getTime() + 5 * 60_000), now, window)).toBeNull();
    expect(checkEventTime(new Date(now.getTime() - 35 * 86_400_000), now, window)).toBeNull();
  });

  test("beyond the future skew", () => {
    expect(checkEventTime(new Date(now.getTime() + 5 * 60_000 + 1), now, window)).toEqual({
      code: "timestamp_in_future",
      param: "timestamp",
      message: "timestamp 2026-03-10T12:05:00.001Z is more than 5 minutes ahead of the server clock (2026-03-10T12:00:00.000Z).",
    });
  });

  test("older than the late window", () => {
    expect(checkEventTime(new Date(now.getTime() - 35 * 86_400_000 - 1), now, window)).toMatchObject({
      code: "timestamp_too_old",
      message: "timestamp 2026-02-03T11:59:59.999Z is older than the late-event window of 35 days.",
    });
  });
});

describe("event properties against the meters counting it", () => {
  const tokens = { code: "tokens", aggregation: "sum" as const, property: "tokens", filters: [{ property: "region", operator: "in" as const, values: ["eu"] }] };
  const users = { code: "users", aggregation: "unique_count" as const, property: "user", filters: [] };
  const calls = { code: "calls", aggregation: "count" as const, property: null, filters: [] };

  test("a non-numeric value for a sum meter", () => {
    expect(checkEventProperties({ region: "eu", tokens: "many", user: "u1" }, [calls, tokens, users])).toEqual({
      code: "invalid_property_value",
      param: "properties.tokens",
      message: `properties.tokens must be a number or a decimal string with at most 12 decimals, got "many"; meter 'tokens' aggregates it (sum).`,
    });
  });

  test("a meter whose filters do not match does not need its property", () => {
    expect(checkEventProperties({ region: "us", user: "u1" }, [calls, tokens, users])).toBeNull();
  });

  test("missing values", () => {
    expect(checkEventProperties({ region: "eu", user: "u1" }, [tokens])).toMatchObject({ code: "missing_property", param: "properties.tokens" });
    expect(checkEventProperties({ user: { id: 1 } }, [users])).toMatchObject({ code: "missing_property", param: "properties.user" });
  });
});
