// Usage reads through the real route handlers: weighted-sum series and top customers.
import { beforeEach, expect, test } from "vitest";
import { POST as batchRoute } from "@/app/api/v1/events/batch/route";
import { POST as createMeterRoute } from "@/app/api/v1/meters/route";
import { GET as seriesRoute } from "@/app/api/v1/usage/route";
import { GET as topCustomersRoute } from "@/app/api/v1/usage/top_customers/route";
import { systemCtx } from "../services/context";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../testing/factories";
import { resetDb } from "../testing/reset-db";
import { floorHour } from "../usage/buckets";

const HOUR = 3_600_000;
let viewer: string;
let admin: string;

beforeEach(async () => {
  await resetDb();
  admin = (await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" })).secret;
  viewer = (await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" })).secret;
});

test("a weighted-sum meter answers a series and its top customers; bad queries get a precise 400 or 404", async () => {
  const meter = (await call(createMeterRoute, "/api/v1/meters", { key: admin, body: { code: "gb", name: "Storage", event_name: "storage", aggregation: "weighted_sum", property: "gb" } })).body;
  const start = new Date(floorHour(new Date()).getTime() - 5 * HOUR);
  const at = (hours: number) => new Date(start.getTime() + hours * HOUR).toISOString();
  const small = await createTestCustomer({ name: "Small", externalRef: "small" });
  const big = await createTestCustomer({ name: "Big" });
  const events = [
    { transaction_id: "s", customer_id: small.id, event_name: "storage", timestamp: at(1), properties: { gb: 2 } },
    { transaction_id: "b1", customer_id: big.id, event_name: "storage", timestamp: at(0.5), properties: { gb: "10" } },
    { transaction_id: "b2", customer_id: big.id, event_name: "storage", timestamp: at(2), properties: { gb: 0 } },
  ];
  expect((await call(batchRoute, "/api/v1/events/batch", { key: admin, body: { events } })).body.accepted).toBe(3);

  const series = await call(seriesRoute, `/api/v1/usage?meter_id=${meter.id}&bucket=hour&from=${at(0)}&to=${at(3)}`, { key: viewer });
  expect(series.status).toBe(200);
  expect(series.body).toMatchObject({ aggregation: "weighted_sum", group_by: [] });
  expect(series.body.data.map((point: { bucket_start: string; quantity: string }) => [point.bucket_start, point.quantity])).toEqual([
    [at(0), "5"], // 10 GB for half an hour
    [at(1), "12"], // 10 + 2
    [at(2), "2"], // 0 + 2
  ]);

  const top = await call(topCustomersRoute, `/api/v1/usage/top_customers?meter_id=${meter.id}&from=${at(0)}&to=${at(3)}&limit=1`, { key: viewer });
  expect(top).toMatchObject({
    status: 200,
    body: { object: "usage_top_customers", meter_id: meter.id, from: at(0), to: at(3), data: [{ customer_id: big.id, customer_name: "Big", external_ref: null, quantity: "15" }] },
  });
  const both = await call(topCustomersRoute, `/api/v1/usage/top_customers?meter_id=${meter.id}&from=${at(0)}&to=${at(3)}`, { key: viewer });
  expect(both.body.data.map((row: { customer_name: string; quantity: string }) => [row.customer_name, row.quantity])).toEqual([
    ["Big", "15"],
    ["Small", "4"],
  ]);

  expect((await call(topCustomersRoute, `/api/v1/usage/top_customers?meter_id=${meter.id}&from=${at(0)}&to=${at(3)}&limit=101`, { key: viewer })).body.error).toMatchObject({
    code: "invalid_request",
    param: "limit",
  });
  expect((await call(topCustomersRoute, `/api/v1/usage/top_customers?meter_id=${meter.id}&from=${at(0)}&to=${at(3)}&bucket=day`, { key: viewer })).status).toBe(400);
  expect((await call(topCustomersRoute, `/api/v1/usage/top_customers?meter_id=mtr_nope&from=${at(0)}&to=${at(3)}`, { key: viewer })).status).toBe(404);
  expect((await call(topCustomersRoute, `/api/v1/usage/top_customers?meter_id=${meter.id}&from=${at(0)}&to=${at(3)}`)).status).toBe(401);
});
