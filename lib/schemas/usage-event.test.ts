import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseUsageEventFast, usageEventInputSchema } from "./usage-event";

let fastAccepted = 0;

/** The fast path answers like zod or defers (null); it never accepts what zod refuses. */
function expectParity(raw: unknown) {
  const fast = parseUsageEventFast(raw);
  const zod = usageEventInputSchema.safeParse(raw);
  if (fast !== null) {
    fastAccepted++;
    expect(zod.success).toBe(true);
    expect(fast).toEqual(zod.data);
  }
}

const valid = { transaction_id: "t-1", customer_id: "cus_1", event_name: "api.call", timestamp: "2026-11-23T14:00:00.123Z", properties: { tokens: 5 } };

describe("fast usage event parsing", () => {
  test("takes the common valid shapes", () => {
    expect(parseUsageEventFast(valid)).toEqual(valid);
    expect(parseUsageEventFast({ transaction_id: "t", external_customer_id: "acme", event_name: "x" })).toEqual({ transaction_id: "t", external_customer_id: "acme", event_name: "x", properties: {} });
    expect(parseUsageEventFast({ ...valid, timestamp: "2026-11-23T14:00:00+01:00" })).not.toBeNull();
  });

  test.each([
    ["an unknown field", { ...valid, extra: 1 }],
    ["both customer references", { ...valid, external_customer_id: "acme" }],
    ["no customer reference", { ...valid, customer_id: undefined }],
    ["a padded id (zod trims it)", { ...valid, transaction_id: " t-1" }],
    ["an empty id", { ...valid, transaction_id: "" }],
    ["a long customer id", { ...valid, customer_id: "c".repeat(65) }],
    ["a bad event name", { ...valid, event_name: "-x" }],
    ["a date without time", { ...valid, timestamp: "2026-11-23" }],
    ["February 30", { ...valid, timestamp: "2026-02-30T00:00:00Z" }],
    ["a local time", { ...valid, timestamp: "2026-11-23T14:00:00" }],
    ["array properties", { ...valid, properties: [1] }],
    ["null", null],
    ["an array", [valid]],
  ])("defers %s to zod", (_, raw) => {
    expect(parseUsageEventFast(raw)).toBeNull();
    expectParity(raw);
  });

  test("never disagrees with zod on generated events", { timeout: 30_000 }, () => {
    // Mostly valid fields, so that whole events often are; each field sometimes breaks a rule.
    const mostly = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: good, weight: 7 }, { arbitrary: bad, weight: 1 });
    const id = (max: number) => mostly(fc.constantFrom("t-1", "x".repeat(max)), fc.oneof(fc.constantFrom(" t", "t ", "", "x".repeat(max + 1), "\u00a0x", 5), fc.string({ maxLength: 6 })));
    const timestamp = mostly(
      fc.oneof(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(Date.UTC(9999, 0)) }).map((d) => d.toISOString()), fc.constantFrom("2024-02-29T23:59:59Z", "2026-11-23T10:00:00.5+05:30")),
      fc.oneof(fc.constantFrom("2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T10:00Z", null, 0), fc.string({ maxLength: 25 })),
    );
    const event = fc
      .record({
        transaction_id: id(200),
        customer: fc.constantFrom("id", "ref", "id", "ref", "both", "none"),
        customer_id: id(64),
        external_customer_id: id(200),
        event_name: mostly(fc.constantFrom("api.call", "a:b-c_d", "y".repeat(100)), fc.oneof(fc.constantFrom(".x", "x y", "y".repeat(101)), fc.string({ maxLength: 6 }))),
        timestamp: fc.option(timestamp, { freq: 3 }),
        properties: fc.option(mostly(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })), fc.constantFrom(null, [1], "p")), { freq: 3 }),
        unknownField: fc.constantFrom(false, false, false, true),
      })
      .map(({ customer, customer_id, external_customer_id, timestamp, properties, unknownField, ...rest }) => ({
        ...rest,
        ...(customer === "id" || customer === "both" ? { customer_id } : {}),
        ...(customer === "ref" || customer === "both" ? { external_customer_id } : {}),
        ...(timestamp === null ? {} : { timestamp }),
        ...(properties === null ? {} : { properties }),
        ...(unknownField ? { other: 1 } : {}),
      }));
    fastAccepted = 0;
    fc.assert(fc.property(event, expectParity), { numRuns: 1500 });
    expect(fastAccepted).toBeGreaterThan(100); // the generator does reach the accepting path
  });
});
