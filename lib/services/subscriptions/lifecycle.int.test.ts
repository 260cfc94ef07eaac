import { beforeEach, describe, expect, test } from "vitest";
import { POST as removeRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/add_ons/[key]/remove/route";
import { POST as addOnRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/add_ons/route";
import { POST as cancelRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/cancel/route";
import { POST as changePlanRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/change_plan/route";
import { POST as changeQuantityRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/change_quantity/route";
import { GET as eventsRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/events/route";
import { POST as expireRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/expire/route";
import { POST as holdRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/items/[key]/hold/route";
import { POST as resumeChargeRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/items/[key]/resume/route";
import { POST as pauseRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/pause/route";
import { POST as resumeRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/resume/route";
import { POST as cancelChangeRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/scheduled_changes/[changeId]/cancel/route";
import { GET as scheduledChangesRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/scheduled_changes/route";
import { POST as undoCancelRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/undo_cancel/route";
import { prisma } from "../../db/client";
import { findSubscriptionById } from "../../db/subscriptions";
import { createSubscriptionSchema, type SubscriptionDto, type SubscriptionItemDto } from "../../schemas/subscription";
import { callRoute, type RouteHandler } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { applyScheduledChange } from "../billing/apply-scheduled-change";
import { systemCtx } from "../context";
import { createSubscription } from "./create-subscription";
import { cancelSubscription } from "./cancel-subscription";
import { changePlan } from "./change-plan";
import { changeQuantity } from "./change-quantity";
import { pauseSubscription } from "./pause-subscription";
import { resumeSubscription } from "./resume-subscription";
import { seedPlan } from "./test-plans";

const START = "2026-11-01T00:00:00.000Z";
const PERIOD_END = "2026-12-01T00:00:00.000Z";
const at = (iso: string) => systemCtx("test", new Date(iso));
let admin: { secret: string };

async function subscribe(body: Record<string, unknown> = {}) {
  const plan = await seedPlan();
  const customer = await createTestCustomer();
  const subscription = await createSubscription(at(START), createSubscriptionSchema.parse({ customer_id: customer.id, plan_id: plan.planId, start_date: START, quantities: { seats: "5" }, ...body }));
  return { plan, customer, subscription };
}

/** Items as [key, quantity, from, until] in opening order, to read spans at a glance. */
const spans = (subscription: SubscriptionDto) =>
  [...subscription.items]
    .sort((a, b) => a.active_from.localeCompare(b.active_from))
    .map((item: SubscriptionItemDto) => [item.key, item.quantity, item.active_from.slice(0, 10), item.active_until?.slice(0, 10) ?? null]);

const openItems = (subscription: SubscriptionDto) => subscription.items.filter((item) => item.active_until === null);

const events = async (subscriptionId: string) =>
  (await prisma().subscriptionEvent.findMany({ where: { subscriptionId }, orderBy: { id: "asc" } })).map((event) => [event.type, event.fromStatus, event.toStatus]);

function post(handler: RouteHandler, path: string, params: Record<string, string>, body: object = {}, key = admin.secret) {
  return callRoute(handler, `/api/v1/subscriptions/${params.subscriptionId}/${path}`, { key, params, body, method: "POST" });
}

async function writeCounts() {
  const db = prisma();
  const [subscriptions, items, events, changes, auditLogs] = await Promise.all([
    db.subscription.findMany({ select: { status: true, cancelAtPeriodEnd: true, planVersionId: true }, orderBy: { id: "asc" } }),
    db.subscriptionItem.count(),
    db.subscriptionEvent.count(),
    db.scheduledChange.findMany({ select: { status: true }, orderBy: { id: "asc" } }),
    db.auditLog.count(),
  ]);
  return { subscriptions, items, events, changes, auditLogs };
}

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { role: "admin" });
});

describe("pause and resume", () => {
  test("a pause closes the recurring and usage items; resume reopens them at the same price in the status it was paused from", async () => {
    const { subscription } = await subscribe();
    const paused = await pauseSubscription(at("2026-11-10T00:00:00Z"), subscription.id, { reason: "Holiday" });
    expect(paused).toMatchObject({ status: "paused", paused_from: "active" });
    expect(openItems(paused)).toEqual([]);
    expect(spans(paused)).toEqual([
      ["base", "1", "2026-11-01", "2026-11-10"],
      ["seats", "5", "2026-11-01", "2026-11-10"],
      ["api_calls", "1", "2026-11-01", "2026-11-10"],
    ]);

    const resumed = await resumeSubscription(at("2026-11-20T00:00:00Z"), subscription.id);
    expect(resumed).toMatchObject({ status: "active", paused_from: null });
    expect(openItems(resumed).map((item) => [item.key, item.quantity, item.price, item.active_from])).toEqual(
      subscription.items.map((item) => [item.key, item.quantity, item.price, "2026-11-20T00:00:00.000Z"]),
    );
    expect(await events(subscription.id)).toEqual([
      ["created", null, "ACTIVE"],
      ["pause", "ACTIVE", "PAUSED"],
      ["resume", "PAUSED", "ACTIVE"],
    ]);
    expect(await prisma().auditLog.count({ where: { resourceId: subscription.id, action: { in: ["subscription.pause", "subscription.resume"] } } })).toBe(2);
  });

  test("a trialing subscription resumes trialing; a held charge stays held across a pause", async () => {
    const { subscription } = await subscribe({ trial_days: 30 });
    expect((await post(holdRoute, "items/seats/hold", { subscriptionId: subscription.id, key: "seats" })).status).toBe(200);
    expect((await post(pauseRoute, "pause", { subscriptionId: subscription.id })).body).toMatchObject({ status: "paused", paused_from: "trialing" });
    const resumed = (await post(resumeRoute, "resume", { subscriptionId: subscription.id })).body;
    expect(resumed.status).toBe("trialing");
    expect(openItems(resumed).map((item) => item.key)).toEqual(["base", "api_calls"]);
  });

  test("pausing a canceled subscription or resuming an active one is refused with 409 and writes nothing", async () => {
    const { subscription } = await subscribe();
    const other = (await subscribe()).subscription;
    expect((await post(cancelRoute, "cancel", { subscriptionId: other.id })).body.status).toBe("canceled");
    const before = await writeCounts();
    for (const [handler, path, id] of [
      [pauseRoute, "pause", other.id],
      [resumeRoute, "resume", subscription.id],
      [undoCancelRoute, "undo_cancel", subscription.id],
      [cancelRoute, "cancel", other.id],
      [expireRoute, "expire", other.id],
    ] as const) {
      const response = await post(handler, path, { subscriptionId: id });
      expect([path, response.status, response.body.error.code]).toEqual([path, 409, "invalid_state"]);
    }
    expect((await post(pauseRoute, "pause", { subscriptionId: "sub_missing" })).status).toBe(404);
    expect((await post(pauseRoute, "pause", { subscriptionId: subscription.id }, { when: "now" })).body.error).toMatchObject({ code: "invalid_request", param: "when" });
    expect(await writeCounts()).toEqual(before);
  });

  test("a viewer key reads the timeline but cannot pause", async () => {
    const { subscription } = await subscribe();
    const viewer = await createTestApiKey(systemCtx("test"), { role: "viewer" });
    const before = await writeCounts();
    expect((await post(pauseRoute, "pause", { subscriptionId: subscription.id }, {}, viewer.secret)).status).toBe(403);
    expect(await writeCounts()).toEqual(before);
    const timeline = await callRoute(eventsRoute, `/api/v1/subscriptions/${subscription.id}/events`, { key: viewer.secret, params: { subscriptionId: subscription.id } });
    expect(timeline.status).toBe(200);
  });

  test("an Idempotency-Key replays the first answer instead of pausing twice", async () => {
    const { subscription } = await subscribe();
    const call = () =>
      callRoute(pauseRoute, `/api/v1/subscriptions/${subscription.id}/pause`, { key: admin.secret, params: { subscriptionId: subscription.id }, body: {}, headers: { "idempotency-key": "pause-1" } });
    const first = await call();
    const second = await call();
    expect([first.status, second.status, second.headers.get("idempotent-replayed")]).toEqual([200, 200, "true"]);
    expect(second.body).toEqual(first.body);
    expect(await prisma().subscriptionEvent.count({ where: { subscriptionId: subscription.id, type: "pause" } })).toBe(1);
  });
});

describe("cancellation", () => {
  test("cancel now ends the subscription, closes every item and drops pending changes", async () => {
    const { subscription } = await subscribe();
    const premium = await seedPlan({ base: "99" });
    await changePlan(at("2026-11-05T00:00:00Z"), subscription.id, { plan_id: premium.planId, quantities: {}, when: "period_end", prorate: true });
    const canceled = await cancelSubscription(at("2026-11-10T12:00:00Z"), subscription.id, { at_period_end: false, prorate: true, reason: "Too expensive" });
    expect(canceled).toMatchObject({ status: "canceled", canceled_at: "2026-11-10T12:00:00.000Z", ended_at: "2026-11-10T12:00:00.000Z", cancel_reason: "Too expensive", cancel_at_period_end: false });
    expect(openItems(canceled)).toEqual([]);
    expect((await prisma().scheduledChange.findMany()).map((change) => change.status)).toEqual(["CANCELED"]);
    expect((await events(subscription.id)).at(-1)).toEqual(["cancel", "ACTIVE", "CANCELED"]);
  });

  test("cancel at period end schedules a cancellation at the current period's end; undo drops it", async () => {
    const { subscription } = await subscribe();
    const params = { subscriptionId: subscription.id };
    const scheduled = await post(cancelRoute, "cancel", params, { at_period_end: true, reason: "Moving away" });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: "active", cancel_at_period_end: true, cancel_reason: "Moving away" });
    const changes = (await callRoute(scheduledChangesRoute, "/x", { key: admin.secret, params })).body.data;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ object: "scheduled_change", kind: "cancel", status: "pending", details: { reason: "Moving away" } });
    expect(new Date(changes[0].effective_at) > new Date()).toBe(true); // the end of the period running now

    expect((await post(cancelRoute, "cancel", params, { at_period_end: true })).status).toBe(409); // already scheduled
    expect((await post(cancelRoute, "cancel", params, { at_period_end: true, prorate: true })).body.error.param).toBe("prorate");

    const undone = await post(undoCancelRoute, "undo_cancel", params);
    expect(undone.body).toMatchObject({ status: "active", cancel_at_period_end: false, cancel_reason: null });
    expect((await callRoute(scheduledChangesRoute, "/x", { key: admin.secret, params })).body.data[0].status).toBe("canceled");
    expect((await post(undoCancelRoute, "undo_cancel", params)).status).toBe(409);
    expect((await events(subscription.id)).map(([type]) => type)).toEqual(["created", "schedule_cancel", "undo_scheduled_cancel"]);
  });

  test("cancelling the scheduled CANCEL change is undoing it; the billing run ends the subscription at the boundary", async () => {
    const { subscription } = await subscribe();
    await cancelSubscription(at("2026-11-10T00:00:00Z"), subscription.id, { at_period_end: true, prorate: false });
    const [change] = await prisma().scheduledChange.findMany();
    expect(change).toMatchObject({ kind: "CANCEL", status: "PENDING", effectiveAt: new Date(PERIOD_END) });

    const params = { subscriptionId: subscription.id, changeId: change!.id };
    const canceledChange = await callRoute(cancelChangeRoute, "/x", { key: admin.secret, params, body: {}, method: "POST" });
    expect(canceledChange.body).toMatchObject({ id: change!.id, status: "canceled" });
    expect((await callRoute(cancelChangeRoute, "/x", { key: admin.secret, params, body: {}, method: "POST" })).status).toBe(409);

    await cancelSubscription(at("2026-11-11T00:00:00Z"), subscription.id, { at_period_end: true, prorate: false });
    const pending = await prisma().scheduledChange.findFirstOrThrow({ where: { status: "PENDING" } });
    const row = (await findSubscriptionById(prisma(), subscription.id))!;
    await prisma().$transaction((tx) => applyScheduledChange(tx, at(PERIOD_END), row, pending));
    const ended = (await findSubscriptionById(prisma(), subscription.id))!;
    expect(ended).toMatchObject({ status: "CANCELED", endedAt: new Date(PERIOD_END), cancelAtPeriodEnd: false });
    expect(ended.items.every((item) => item.activeUntil?.toISOString() === PERIOD_END)).toBe(true);
    expect((await prisma().scheduledChange.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("APPLIED");
  });

  test("expire ends any live subscription as expired", async () => {
    const { subscription } = await subscribe();
    const expired = await post(expireRoute, "expire", { subscriptionId: subscription.id }, { reason: "Fixed term over" });
    expect(expired.body).toMatchObject({ status: "expired", canceled_at: null, cancel_reason: "Fixed term over" });
    expect(openItems(expired.body)).toEqual([]);
  });
});

describe("plan changes", () => {
  test("now: the old items close and the new plan's open at the change time, priced anew, carrying quantities and add-ons", async () => {
    const { subscription } = await subscribe({ add_ons: ["support"] });
    const premium = await seedPlan({ base: "99", seat: "15" });
    const changed = await changePlan(at("2026-11-16T00:00:00Z"), subscription.id, { plan_id: premium.planId, quantities: {}, when: "now", prorate: true });
    expect(changed).toMatchObject({ plan_id: premium.planId, plan_version_id: premium.versionId, status: "active" });
    expect(openItems(changed).map((item) => [item.key, item.quantity, item.price, item.active_from])).toEqual([
      ["base", "1", { model: "flat", amount: "99" }, "2026-11-16T00:00:00.000Z"],
      ["seats", "5", { model: "per_seat", unit_price: "15" }, "2026-11-16T00:00:00.000Z"],
      ["support", "1", { model: "flat", amount: "50" }, "2026-11-16T00:00:00.000Z"],
      ["api_calls", "1", { model: "per_unit", unit_price: "0.01" }, "2026-11-16T00:00:00.000Z"],
    ]);
    expect(changed.items.filter((item) => item.active_until === "2026-11-16T00:00:00.000Z")).toHaveLength(4);
    const [event] = await prisma().subscriptionEvent.findMany({ where: { subscriptionId: subscription.id, type: "plan_changed" } });
    expect(event!.details).toMatchObject({ from_plan_id: subscription.plan_id, plan_id: premium.planId, quantities: { seats: "5" }, add_ons: ["support"], prorate: true });
  });

  test("refusals name the field: another currency or interval, the same version, a charge that takes no quantity", async () => {
    const { subscription } = await subscribe();
    const pounds = await seedPlan({ currencies: ["GBP"] });
    const yearly = await seedPlan({ interval: "year" });
    const premium = await seedPlan({ base: "99" });
    const draft = await seedPlan({ activate: false });
    const before = await writeCounts();
    const params = { subscriptionId: subscription.id };
    const cases: [object, number, string, string | undefined][] = [
      [{ plan_id: pounds.planId }, 422, "unprocessable", "plan_id"],
      [{ plan_id: yearly.planId }, 422, "unprocessable", "plan_id"],
      [{ plan_id: subscription.plan_id }, 422, "unprocessable", "plan_id"],
      [{ plan_id: draft.planId }, 409, "invalid_state", "plan_id"],
      [{ plan_id: "plan_missing" }, 404, "not_found", "plan_id"],
      [{ plan_id: premium.planId, quantities: { base: "2" } }, 422, "unprocessable", "quantities.base"],
      [{ plan_id: premium.planId, add_ons: ["seats"] }, 422, "unprocessable", "add_ons[0]"],
      [{ plan_id: premium.planId, when: "tomorrow" }, 400, "invalid_request", "when"],
    ];
    for (const [body, status, code, param] of cases) {
      const response = await post(changePlanRoute, "change_plan", params, body);
      expect({ body, status: response.status, code: response.body.error?.code, param: response.body.error?.param }).toEqual({ body, status, code, param });
    }
    const quantity = await post(changeQuantityRoute, "change_quantity", params, { quantities: { base: "2" } });
    expect([quantity.status, quantity.body.error.param]).toEqual([422, "quantities.base"]);
    expect(await writeCounts()).toEqual(before);
  });

  test("at period end: a scheduled change, replaced by a second one, applied by the billing run at the boundary", async () => {
    const { subscription } = await subscribe();
    const premium = await seedPlan({ base: "99" });
    const business = await seedPlan({ base: "199" });
    await changePlan(at("2026-11-05T00:00:00Z"), subscription.id, { plan_id: premium.planId, quantities: {}, when: "period_end", prorate: true });
    const afterSecond = await changePlan(at("2026-11-06T00:00:00Z"), subscription.id, { plan_id: business.planId, quantities: { seats: "8" }, when: "period_end", prorate: true });
    expect(afterSecond.plan_id).toBe(subscription.plan_id); // nothing changes before the boundary
    const changes = await prisma().scheduledChange.findMany({ orderBy: { id: "asc" } });
    expect(changes.map((change) => [change.kind, change.status, change.effectiveAt.toISOString()])).toEqual([
      ["PLAN_CHANGE", "CANCELED", PERIOD_END],
      ["PLAN_CHANGE", "PENDING", PERIOD_END],
    ]);
    expect(changes[1]!.details).toEqual({ plan_id: business.planId, plan_version_id: business.versionId, currency: "EUR", quantities: { seats: "8" }, add_ons: [] });

    const row = (await findSubscriptionById(prisma(), subscription.id))!;
    await prisma().$transaction((tx) => applyScheduledChange(tx, at(PERIOD_END), row, changes[1]!));
    const moved = (await findSubscriptionById(prisma(), subscription.id))!;
    expect(moved.planVersionId).toBe(business.versionId);
    expect(moved.items.filter((item) => item.activeUntil === null).map((item) => [item.key, item.quantity.toFixed(), item.activeFrom.toISOString()])).toEqual([
      ["base", "1", PERIOD_END],
      ["seats", "8", PERIOD_END],
      ["api_calls", "1", PERIOD_END],
    ]);
    expect((await prisma().scheduledChange.findUniqueOrThrow({ where: { id: changes[1]!.id } })).status).toBe("APPLIED");
    expect((await events(subscription.id)).map(([type]) => type)).toEqual(["created", "plan_change_scheduled", "plan_change_scheduled", "plan_changed"]);
  });

  test("a pending plan change can be cancelled; a cancellation at period end cannot be combined with one", async () => {
    const { subscription } = await subscribe();
    const premium = await seedPlan({ base: "99" });
    const params = { subscriptionId: subscription.id };
    expect((await post(changePlanRoute, "change_plan", params, { plan_id: premium.planId, when: "period_end" })).status).toBe(200);
    const [change] = (await callRoute(scheduledChangesRoute, "/x", { key: admin.secret, params })).body.data;
    expect(change).toMatchObject({ kind: "plan_change", status: "pending", details: { plan_id: premium.planId } });
    const canceled = await callRoute(cancelChangeRoute, "/x", { key: admin.secret, params: { ...params, changeId: change.id }, body: {}, method: "POST" });
    expect(canceled.body.status).toBe("canceled");
    expect((await callRoute(cancelChangeRoute, "/x", { key: admin.secret, params: { ...params, changeId: "ssc_missing" }, body: {}, method: "POST" })).status).toBe(404);

    await post(cancelRoute, "cancel", params, { at_period_end: true });
    const refused = await post(changePlanRoute, "change_plan", params, { plan_id: premium.planId, when: "period_end" });
    expect([refused.status, refused.body.error.code]).toEqual([409, "invalid_state"]);
  });
});

describe("quantities, add-ons and held charges", () => {
  test("a quantity change now reopens the item with the new quantity at the price fixed for the subscriber", async () => {
    const { subscription, plan } = await subscribe();
    await prisma().planChargePrice.update({ where: { chargeId_currency: { chargeId: plan.chargeId("seats"), currency: "EUR" } }, data: { properties: { model: "per_seat", unitPrice: "20" } } });
    const changed = await changeQuantity(at("2026-11-16T00:00:00Z"), subscription.id, { quantities: { seats: "8" }, when: "now", prorate: true });
    expect(spans(changed).filter(([key]) => key === "seats")).toEqual([
      ["seats", "5", "2026-11-01", "2026-11-16"],
      ["seats", "8", "2026-11-16", null],
    ]);
    expect(openItems(changed).find((item) => item.key === "seats")!.price).toEqual({ model: "per_seat", unit_price: "12" });
  });

  test("a quantity change at period end builds on the pending plan change", async () => {
    const { subscription } = await subscribe();
    const premium = await seedPlan({ base: "99" });
    await changePlan(at("2026-11-05T00:00:00Z"), subscription.id, { plan_id: premium.planId, quantities: {}, add_ons: ["support"], when: "period_end", prorate: true });
    await changeQuantity(at("2026-11-06T00:00:00Z"), subscription.id, { quantities: { seats: "2" }, when: "period_end", prorate: true });
    const pending = await prisma().scheduledChange.findMany({ where: { status: "PENDING" } });
    expect(pending.map((change) => change.details)).toEqual([{ plan_id: premium.planId, plan_version_id: premium.versionId, currency: "EUR", quantities: { seats: "2" }, add_ons: ["support"] }]);
  });

  test("add and remove an add-on; hold and resume one charge", async () => {
    const { subscription } = await subscribe();
    const params = { subscriptionId: subscription.id };
    const added = await post(addOnRoute, "add_ons", params, { key: "support" });
    expect(openItems(added.body).map((item) => item.key)).toContain("support");
    expect((await post(addOnRoute, "add_ons", params, { key: "support" })).body.error).toMatchObject({ code: "unprocessable", param: "key" });
    expect((await post(addOnRoute, "add_ons", params, { key: "seats" })).body.error).toMatchObject({ code: "unprocessable", param: "key" });
    expect((await post(addOnRoute, "add_ons", params, { key: "nope" })).body.error).toMatchObject({ code: "unprocessable", param: "key" });

    expect((await post(removeRoute, "add_ons/base/remove", { ...params, key: "base" })).body.error).toMatchObject({ code: "unprocessable", param: "key" });
    const removed = await post(removeRoute, "add_ons/support/remove", { ...params, key: "support" });
    expect(openItems(removed.body).map((item) => item.key)).not.toContain("support");

    const held = await post(holdRoute, "items/base/hold", { ...params, key: "base" });
    expect(openItems(held.body).map((item) => item.key)).toEqual(["seats", "api_calls"]);
    expect((await post(holdRoute, "items/base/hold", { ...params, key: "base" })).status).toBe(404); // no active item any more
    expect((await post(resumeChargeRoute, "items/seats/resume", { ...params, key: "seats" })).body.error).toMatchObject({ code: "invalid_state", param: "key" });
    const resumed = await post(resumeChargeRoute, "items/base/resume", { ...params, key: "base" });
    expect(openItems(resumed.body).find((item) => item.key === "base")!.price).toEqual({ model: "flat", amount: "29" });
    expect((await events(subscription.id)).map(([type]) => type)).toEqual(["created", "add_on_added", "add_on_removed", "charge_held", "charge_resumed"]);
  });
});

describe("the timeline", () => {
  test("lists events newest first with cursor pagination; 404 for an unknown subscription", async () => {
    const { subscription } = await subscribe();
    await pauseSubscription(at("2026-11-10T00:00:00Z"), subscription.id, {});
    await resumeSubscription(at("2026-11-11T00:00:00Z"), subscription.id);
    const list = (query: string, id = subscription.id) => callRoute(eventsRoute, `/api/v1/subscriptions/${id}/events?${query}`, { key: admin.secret, params: { subscriptionId: id } });
    const page1 = (await list("limit=2")).body;
    expect(page1.data.map((event: { type: string }) => event.type)).toEqual(["resume", "pause"]);
    expect(page1.data[1]).toMatchObject({ object: "subscription_event", from_status: "active", to_status: "paused", occurred_at: "2026-11-10T00:00:00.000Z", actor: "system: test" });
    const page2 = (await list(`limit=2&starting_after=${page1.next_cursor}`)).body;
    expect(page2).toMatchObject({ has_more: false, next_cursor: null });
    expect(page2.data.map((event: { type: string }) => event.type)).toEqual(["created"]);
    expect((await list("", "sub_missing")).status).toBe(404);
  });
});
