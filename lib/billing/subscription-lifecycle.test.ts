import { describe, expect, it } from "vitest";
import { BillingError } from "./errors";
import {
  applySubscriptionEvent,
  initialSubscriptionState,
  isBillableStatus,
  isFinalStatus,
  type SubscriptionEvent,
  type SubscriptionState,
  type SubscriptionStatus,
} from "./subscription-lifecycle";

const state = (status: SubscriptionStatus, changes: Partial<SubscriptionState> = {}): SubscriptionState => ({
  status,
  pausedFrom: null,
  cancelAtPeriodEnd: false,
  ...changes,
});

function refusal(from: SubscriptionState, event: SubscriptionEvent) {
  try {
    applySubscriptionEvent(from, event);
  } catch (error) {
    return error;
  }
  throw new Error(`${event.type} from ${from.status} was accepted`);
}

describe("initialSubscriptionState", () => {
  it.each([
    [{ requiresPayment: true, inTrial: true }, "incomplete"],
    [{ requiresPayment: true, inTrial: false }, "incomplete"],
    [{ requiresPayment: false, inTrial: true }, "trialing"],
    [{ requiresPayment: false, inTrial: false }, "active"],
  ] as const)("%o starts %s", (input, status) => {
    expect(initialSubscriptionState(input)).toEqual(state(status));
  });
});

describe("applySubscriptionEvent: accepted transitions", () => {
  it.each<[SubscriptionState, SubscriptionEvent, SubscriptionState]>([
    [state("incomplete"), { type: "first_payment_succeeded", inTrial: true }, state("trialing")],
    [state("incomplete"), { type: "first_payment_succeeded", inTrial: false }, state("active")],
    [state("trialing"), { type: "trial_ended" }, state("active")],
    [state("active"), { type: "payment_failed" }, state("past_due")],
    [state("past_due"), { type: "payment_failed" }, state("past_due")],
    [state("past_due"), { type: "payment_recovered" }, state("active")],
    [state("trialing"), { type: "pause" }, state("paused", { pausedFrom: "trialing" })],
    [state("active"), { type: "pause" }, state("paused", { pausedFrom: "active" })],
    [state("past_due"), { type: "pause" }, state("paused", { pausedFrom: "past_due" })],
    [state("paused", { pausedFrom: "trialing" }), { type: "resume" }, state("trialing")],
    [state("paused", { pausedFrom: "past_due" }), { type: "resume" }, state("past_due")],
    [state("paused"), { type: "resume" }, state("active")],
    [state("active"), { type: "schedule_cancel" }, state("active", { cancelAtPeriodEnd: true })],
    [state("paused", { pausedFrom: "active" }), { type: "schedule_cancel" }, state("paused", { pausedFrom: "active", cancelAtPeriodEnd: true })],
    [state("active", { cancelAtPeriodEnd: true }), { type: "undo_scheduled_cancel" }, state("active")],
    [state("active", { cancelAtPeriodEnd: true }), { type: "cancel" }, state("canceled")],
    [state("paused", { pausedFrom: "active" }), { type: "cancel" }, state("canceled")],
    [state("incomplete"), { type: "expire" }, state("expired")],
    [state("trialing", { cancelAtPeriodEnd: true }), { type: "expire" }, state("expired")],
  ])("%o + %o → %o", (from, event, to) => {
    expect(applySubscriptionEvent(from, event)).toEqual(to);
  });

  it("does not mutate the state it is given", () => {
    const from = state("active");
    applySubscriptionEvent(from, { type: "pause" });
    expect(from).toEqual(state("active"));
  });
});

describe("applySubscriptionEvent: refused transitions", () => {
  it.each<[SubscriptionState, SubscriptionEvent, string]>([
    [state("active"), { type: "first_payment_succeeded", inTrial: false }, "the subscription is active (expected incomplete)"],
    [state("active"), { type: "trial_ended" }, "expected trialing"],
    [state("trialing"), { type: "payment_failed" }, "expected active or past_due"],
    [state("active"), { type: "payment_recovered" }, "expected past_due"],
    [state("paused", { pausedFrom: "active" }), { type: "pause" }, "expected trialing or active or past_due"],
    [state("incomplete"), { type: "pause" }, "the subscription is incomplete"],
    [state("active"), { type: "resume" }, "expected paused"],
    [state("active", { cancelAtPeriodEnd: true }), { type: "schedule_cancel" }, "already scheduled"],
    [state("active"), { type: "undo_scheduled_cancel" }, "no cancellation is scheduled"],
    [state("canceled"), { type: "resume" }, "the subscription is canceled"],
    [state("canceled"), { type: "cancel" }, "the subscription is canceled"],
    [state("expired"), { type: "first_payment_succeeded", inTrial: false }, "the subscription is expired"],
  ])("%o + %o is refused", (from, event, why) => {
    const error = refusal(from, event);
    expect(error).toBeInstanceOf(BillingError);
    expect((error as BillingError).code).toBe("invalid_transition");
    expect((error as BillingError).message).toContain(why);
    expect((error as BillingError).details).toEqual({ from: from.status, event: event.type });
  });
});

describe("status predicates", () => {
  it.each<[SubscriptionStatus, boolean, boolean]>([
    ["incomplete", false, false],
    ["trialing", false, true],
    ["active", false, true],
    ["past_due", false, true],
    ["paused", false, false],
    ["canceled", true, false],
    ["expired", true, false],
  ])("%s: final %s, billable %s", (status, final, billable) => {
    expect(isFinalStatus(status)).toBe(final);
    expect(isBillableStatus(status)).toBe(billable);
  });
});
