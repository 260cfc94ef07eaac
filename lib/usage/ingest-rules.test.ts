import { describe, expect, test } from "vitest";
import { ingestDecision, meterDrops } from "./ingest-rules";

const dropTest = { action: "drop" as const, conditions: [{ property: "env", operator: "in" as const, values: ["test", "staging"] }] };
const keepEu = { action: "keep" as const, conditions: [{ property: "region", operator: "in" as const, values: ["eu"] }] };

describe("ingest filter rules", () => {
  test.each([
    [{ env: "test" }, [dropTest], true],
    [{ env: "prod" }, [dropTest], false],
    [{}, [dropTest], false],
    [{ region: "us" }, [keepEu], true],
    [{ region: "eu" }, [keepEu], false],
    [{ region: "eu", env: "test" }, [keepEu, dropTest], true],
    [{ anything: 1 }, [], false],
  ])("%j with %j: dropped %s", (properties, rules, dropped) => {
    expect(meterDrops(properties, rules)).toBe(dropped);
  });

  test("an event is dropped only when every meter counting it drops it", () => {
    const meters = [{ ingestRules: [dropTest] }, { ingestRules: [] }];
    expect(ingestDecision({ env: "test" }, meters)).toEqual({ dropped: false, droppingMeters: [0] });
    expect(ingestDecision({ env: "test" }, [meters[0]!])).toEqual({ dropped: true, droppingMeters: [0] });
    expect(ingestDecision({ env: "test" }, [])).toEqual({ dropped: false, droppingMeters: [] });
  });
});
