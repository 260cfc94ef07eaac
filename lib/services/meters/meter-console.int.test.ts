// The reads the admin console's meter pages and plan form use, against the real database.
import { beforeEach, describe, expect, test } from "vitest";
import { createMeterSchema, updateMeterSchema } from "../../schemas/meter";
import { createPlanSchema, updatePlanSchema } from "../../schemas/plan";
import { resetDb } from "../../testing/reset-db";
import { systemCtx, type Ctx } from "../context";
import { createPlan } from "../plans/create-plan";
import { updatePlan } from "../plans/update-plan";
import { createMeter } from "./create-meter";
import { listMeterCharges } from "./list-meter-charges";
import { listMeterChoices } from "./list-meter-choices";
import { setMeterArchived } from "./set-meter-archived";
import { updateMeter } from "./update-meter";

let ctx: Ctx;
beforeEach(async () => {
  await resetDb();
  ctx = systemCtx("test");
});

const meter = (code: string, aggregation: "count" | "sum", property?: string) =>
  createMeter(ctx, createMeterSchema.parse({ code, name: code.toUpperCase(), event_name: code, aggregation, property }));

const usagePlan = (code: string, meterId: string) =>
  createPlanSchema.parse({
    code,
    name: `Plan ${code}`,
    currencies: ["EUR"],
    billing_interval: "month",
    charges: [{ key: "tokens", name: "Tokens", kind: "usage", model: "per_unit", meter_id: meterId, prices: { EUR: { unit_price: "0.001" } } }],
  });

describe("meter console reads", () => {
  test("lists the plan charges pricing a meter, per plan version, flagging the current one", async () => {
    const tokens = await meter("tokens", "sum", "tokens");
    const other = await meter("calls", "count");
    expect(await listMeterCharges(ctx, tokens.id)).toEqual([]);

    const plan = await createPlan(ctx, usagePlan("ai", tokens.id));
    await createPlan(ctx, usagePlan("calls", other.id));
    expect(await listMeterCharges(ctx, tokens.id)).toEqual([
      { plan_id: plan.id, plan_code: "ai", plan_name: "Plan ai", plan_status: "draft", version: 1, current: true, charge_key: "tokens", charge_name: "Tokens" },
    ]);
    await expect(listMeterCharges(ctx, "mtr_missing")).rejects.toMatchObject({ code: "not_found" });

    // A plan update that creates no new version keeps one row; the listing follows the plan's name.
    await updatePlan(ctx, plan.id, updatePlanSchema.parse({ name: "AI" }));
    expect((await listMeterCharges(ctx, tokens.id)).map((use) => use.plan_name)).toEqual(["AI"]);
  });

  test("offers the active meters by code, plus the archived ones a plan already prices", async () => {
    const tokens = await meter("tokens", "sum", "tokens");
    const calls = await meter("calls", "count");
    await setMeterArchived(ctx, tokens.id, true);
    expect(await listMeterChoices(ctx)).toEqual([{ id: calls.id, label: "calls — CALLS (count)", archived: false }]);
    expect(await listMeterChoices(ctx, [tokens.id])).toEqual([
      { id: calls.id, label: "calls — CALLS (count)", archived: false },
      { id: tokens.id, label: "tokens — TOKENS (sum) · archived", archived: true },
    ]);
  });
});

test("a meter priced by a plan accepts a PATCH resending its filters and ingest rules unchanged, and refuses a change", async () => {
  const filters = [{ property: "region", operator: "in", values: ["eu", "us"] }];
  const ingest_rules = [{ action: "drop", conditions: [{ property: "env", operator: "in", values: ["test"] }] }];
  const tokens = await createMeter(ctx, createMeterSchema.parse({ code: "tokens", name: "Tokens", event_name: "llm", aggregation: "sum", property: "tokens", filters, ingest_rules }));
  await createPlan(ctx, usagePlan("ai", tokens.id));
  // Sent as read back: the answer lists the filters in the request's key order.
  expect(JSON.stringify(tokens.filters)).toBe(JSON.stringify(filters));
  const resent = await updateMeter(ctx, tokens.id, updateMeterSchema.parse({ name: "LLM tokens", filters, ingest_rules, group_by: [] }));
  expect(resent).toMatchObject({ name: "LLM tokens", filters, ingest_rules });
  await expect(updateMeter(ctx, tokens.id, updateMeterSchema.parse({ filters: [{ ...filters[0], values: ["eu"] }] }))).rejects.toMatchObject({ code: "invalid_state", param: "filters" });
});
