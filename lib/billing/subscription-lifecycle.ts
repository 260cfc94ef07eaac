/**
 * The subscription state machine: every status change is one of these events, and an event that
 * does not apply to the current status is refused (never silently ignored), so the history of a
 * subscription is exactly its list of accepted events.
 *
 *   incomplete ──first_payment_succeeded──▶ trialing | active
 *   trialing ──trial_ended──▶ active
 *   active ──payment_failed──▶ past_due ──payment_recovered──▶ active
 *   trialing | active | past_due ──pause──▶ paused ──resume──▶ (the status it was paused from)
 *   any live status ──cancel──▶ canceled        (final; a scheduled cancellation fires this at period end)
 *   any live status ──expire──▶ expired         (final; a fixed term ran out, or the first payment never came)
 *
 * Scheduling a cancellation at period end is not a status: it is `cancelAtPeriodEnd`, set and
 * undone by `schedule_cancel` / `undo_scheduled_cancel` while the subscription is live.
 */
import { BillingError } from "./errors";

export type SubscriptionStatus = "incomplete" | "trialing" | "active" | "past_due" | "paused" | "canceled" | "expired";

export type SubscriptionState = {
  status: SubscriptionStatus;
  /** paused only: the status `resume` returns to. */
  pausedFrom: "trialing" | "active" | "past_due" | null;
  cancelAtPeriodEnd: boolean;
};

export type SubscriptionEvent =
  | { type: "first_payment_succeeded"; inTrial: boolean }
  | { type: "trial_ended" }
  | { type: "payment_failed" }
  | { type: "payment_recovered" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "schedule_cancel" }
  | { type: "undo_scheduled_cancel" }
  | { type: "cancel" }
  | { type: "expire" };

export type SubscriptionEventType = SubscriptionEvent["type"];

const FINAL: readonly SubscriptionStatus[] = ["canceled", "expired"];

export const isFinalStatus = (status: SubscriptionStatus) => FINAL.includes(status);

/** Statuses whose periods are billed (a trial period bills its zero or prorated amounts too). */
export const isBillableStatus = (status: SubscriptionStatus) => status === "trialing" || status === "active" || status === "past_due";

/** The first state: incomplete until the first payment when one is required, else trialing or active. */
export function initialSubscriptionState({ requiresPayment, inTrial }: { requiresPayment: boolean; inTrial: boolean }): SubscriptionState {
  return { status: requiresPayment ? "incomplete" : inTrial ? "trialing" : "active", pausedFrom: null, cancelAtPeriodEnd: false };
}

function refuse(state: SubscriptionState, event: SubscriptionEvent, why: string): never {
  throw new BillingError("invalid_transition", `\`${event.type}\` is not allowed: ${why}.`, { from: state.status, event: event.type });
}

export function applySubscriptionEvent(state: SubscriptionState, event: SubscriptionEvent): SubscriptionState {
  const { status } = state;
  if (isFinalStatus(status)) refuse(state, event, `the subscription is ${status}`);
  const to = (next: SubscriptionStatus, changes: Partial<SubscriptionState> = {}): SubscriptionState => ({ ...state, status: next, ...changes });
  const expect = (...allowed: SubscriptionStatus[]) => {
    if (!allowed.includes(status)) refuse(state, event, `the subscription is ${status} (expected ${allowed.join(" or ")})`);
  };
  switch (event.type) {
    case "first_payment_succeeded":
      expect("incomplete");
      return to(event.inTrial ? "trialing" : "active");
    case "trial_ended":
      expect("trialing");
      return to("active");
    case "payment_failed":
      expect("active", "past_due");
      return to("past_due");
    case "payment_recovered":
      expect("past_due");
      return to("active");
    case "pause":
      expect("trialing", "active", "past_due");
      return to("paused", { pausedFrom: status as SubscriptionState["pausedFrom"] });
    case "resume":
      expect("paused");
      return to(state.pausedFrom ?? "active", { pausedFrom: null });
    case "schedule_cancel":
      if (state.cancelAtPeriodEnd) refuse(state, event, "a cancellation is already scheduled");
      return to(status, { cancelAtPeriodEnd: true });
    case "undo_scheduled_cancel":
      if (!state.cancelAtPeriodEnd) refuse(state, event, "no cancellation is scheduled");
      return to(status, { cancelAtPeriodEnd: false });
    case "cancel":
      return to("canceled", { pausedFrom: null, cancelAtPeriodEnd: false });
    case "expire":
      return to("expired", { pausedFrom: null, cancelAtPeriodEnd: false });
  }
}
