// Usage reads over many customers: weighted-sum series and top customers, on the real database.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { findMeterById } from "../../db/meters";
import { createMeterSchema } from "../../schemas/meter";
import { usageSeriesQuerySchema, usageTopCustomersQuerySchema } from "../../schemas/usage";
import { createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { floorHour } from "../../usage/buckets";
import { systemCtx, type Ctx } from "../context";
import { createMeter } from "../meters/create-meter";
import { getTopCustomers } from "./get-top-customers";
import { getUsageSeries } from "./get-usage-series";
import { meterUsageForPeriod } from "./period-usage";
import { recordUsageEvents } from "./record-usage-events";
import { rollUpUsage } from "./roll-up-usage";

const HOUR = 3_600_000;
let ctx: Ctx;
let t0: Date;
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

beforeEach(async () => {
  await resetDb();
  ctx = systemCtx("test", new Date());
  t0 = new Date(floorHour(ctx.now).getTime() - 6 * HOUR);
});

const meter = (body: Record<string, unknown>) => createMeter(ctx, createMeterSchema.parse({ name: String(body.code), ...body }));
const ev = (transaction_id: string, customer_id: string, event_name: string, hours: number, properties: Record<string, unknown>) => ({
  transaction_id,
  customer_id,
  event_name,
  timestamp: at(hours).toISOString(),
  properties,
});
const series = async (query: Record<string, string>) =>
  (await getUsageSeries(ctx, usageSeriesQuerySchema.parse({ from: at(0).toISOString(), to: at(4).toISOString(), bucket: "hour", ...query }))).data.map((point) => [
    (new Date(point.bucket_start).getTime() - t0.getTime()) / HOUR,
    Object.values(point.group).join(","),
    point.quantity,
  ]);

describe("weighted-sum series", () => {
  test("value × hours per bucket, the value in force carried into each bucket, by dimension, by customer and in total, before and after rollup", async () => {
    const storage = await meter({ code: "storage", event_name: "storage.level", aggregation: "weighted_sum", property: "gb", group_by: ["region"] });
    const a = (await createTestCustomer({ name: "Alpha" })).id;
    const b = (await createTestCustomer({ name: "Beta" })).id;
    const result = await recordUsageEvents(ctx, [
      ev("a-eu-1", a, "storage.level", -5, { gb: 10, region: "eu" }), // before the range: in force at its start
      ev("a-eu-2", a, "storage.level", 1.5, { gb: "4", region: "eu" }),
      ev("a-us-1", a, "storage.level", 0, { gb: 2, region: "us" }),
      ev("b-eu-1", b, "storage.level", 2, { gb: 1, region: "eu" }),
      ev("b-eu-later", b, "storage.level", 4.5, { gb: 100, region: "eu" }), // after the range
    ]);
    expect(result.accepted).toBe(5);
    for (const pass of ["raw", "rolled up"]) {
      if (pass === "rolled up") await rollUpUsage({ settleMs: 0 });
      expect(await series({ meter_id: storage.id, group_by: "region" })).toEqual([
        [0, "eu", "10"],
        [0, "us", "2"],
        [1, "eu", "7"], // 10 × ½ h + 4 × ½ h
        [1, "us", "2"],
        [2, "eu", "5"], // 4 (Alpha) + 1 (Beta)
        [2, "us", "2"],
        [3, "eu", "5"],
        [3, "us", "2"],
      ]);
      expect(await series({ meter_id: storage.id })).toEqual([
        [0, "", "12"],
        [1, "", "9"],
        [2, "", "7"],
        [3, "", "7"],
      ]);
      const byCustomer = await series({ meter_id: storage.id, group_by: "customer" });
      expect(byCustomer.filter(([, customer]) => customer === a).map(([hour, , quantity]) => [hour, quantity])).toEqual([
        [0, "12"],
        [1, "9"],
        [2, "6"],
        [3, "6"],
      ]);
      expect(await series({ meter_id: storage.id, customer_id: b })).toEqual([
        [2, "", "1"],
        [3, "", "1"],
      ]);
      expect(await series({ meter_id: storage.id, "filter[region]": "eu", customer_id: a })).toEqual([
        [0, "", "10"],
        [1, "", "7"],
        [2, "", "4"],
        [3, "", "4"],
      ]);
    }
    // The buckets add up to what a period read of the same span measures.
    const period = await meterUsageForPeriod(prisma(), (await findMeterById(prisma(), storage.id))!, a, at(0), at(4));
    expect(period.quantity).toBe("33");
    const day = await getUsageSeries(ctx, usageSeriesQuerySchema.parse({ meter_id: storage.id, customer_id: a, bucket: "month", from: at(0).toISOString(), to: at(4).toISOString() }));
    expect(day.data.reduce((sum, point) => sum + Number(point.quantity), 0)).toBe(33);
  });
});

describe("top customers", () => {
  test("the greatest quantities over the range first, with names, limited, filtered by dimension; weighted sums too", async () => {
    const tokens = await meter({ code: "tokens", event_name: "llm", aggregation: "sum", property: "tokens", group_by: ["model"] });
    const ids = [];
    for (const name of ["Small Co", "Big Co", "Mid Co", "Idle Co"]) ids.push((await createTestCustomer({ name, externalRef: name.toLowerCase().replace(" ", "-") })).id);
    const [small, big, mid] = ids as [string, string, string];
    await recordUsageEvents(ctx, [
      ev("s1", small, "llm", 1, { tokens: 5, model: "large" }),
      ev("b1", big, "llm", 1, { tokens: 300, model: "small" }),
      ev("b2", big, "llm", 2.5, { tokens: "0.5", model: "large" }),
      ev("m1", mid, "llm", 3, { tokens: 120, model: "large" }),
      ev("m-old", mid, "llm", -2, { tokens: 1000, model: "large" }), // before the range
    ]);
    const top = (query: Record<string, string>) => getTopCustomers(ctx, usageTopCustomersQuerySchema.parse({ meter_id: tokens.id, from: at(0).toISOString(), to: at(4).toISOString(), ...query }));
    await rollUpUsage({ settleMs: 0 });
    expect((await top({ limit: "2" })).data).toEqual([
      { customer_id: big, customer_name: "Big Co", external_ref: "big-co", quantity: "300.5" },
      { customer_id: mid, customer_name: "Mid Co", external_ref: "mid-co", quantity: "120" },
    ]);
    expect((await top({ "filter[model]": "large" })).data.map((row) => [row.customer_name, row.quantity])).toEqual([
      ["Mid Co", "120"],
      ["Small Co", "5"],
      ["Big Co", "0.5"],
    ]);
    await expect(top({ to: new Date(t0.getTime() + 401 * 24 * HOUR).toISOString() })).rejects.toMatchObject({ code: "invalid_request", param: "to" });
    await expect(top({ "filter[region]": "eu" })).rejects.toMatchObject({ code: "invalid_request", param: "filter[region]" });

    const models = await meter({ code: "models", event_name: "llm", aggregation: "unique_count", property: "model" });
    const distinct = (limit: string) => getTopCustomers(ctx, usageTopCustomersQuerySchema.parse({ meter_id: models.id, from: at(0).toISOString(), to: at(4).toISOString(), limit }));
    expect((await distinct("1")).data.map((row) => [row.customer_name, row.quantity])).toEqual([["Big Co", "2"]]);
    expect((await distinct("3")).data.map((row) => [row.customer_name, row.quantity])).toEqual([
      ["Big Co", "2"],
      ["Small Co", "1"], // ties by customer id (Small Co was created first)
      ["Mid Co", "1"],
    ]);

    const seats = await meter({ code: "seats", event_name: "seats.level", aggregation: "weighted_sum", property: "seats" });
    await recordUsageEvents(ctx, [ev("w1", small, "seats.level", -1, { seats: 3 }), ev("w2", mid, "seats.level", 2, { seats: 5 })]);
    const weighted = await getTopCustomers(ctx, usageTopCustomersQuerySchema.parse({ meter_id: seats.id, from: at(0).toISOString(), to: at(4).toISOString() }));
    expect(weighted.data.map((row) => [row.customer_name, row.quantity])).toEqual([
      ["Small Co", "12"], // 3 seats × 4 h
      ["Mid Co", "10"], // 5 seats × 2 h
    ]);
  });
});
