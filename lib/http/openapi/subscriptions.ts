import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  addAddOnSchema,
  cancelSubscriptionSchema,
  changePlanSchema,
  changeQuantitySchema,
  expireSubscriptionSchema,
  itemChangeSchema,
  listSubscriptionEventsQuerySchema,
  pauseSubscriptionSchema,
  scheduledChangeDtoSchema,
  scheduledChangeListSchema,
  scheduledChangeParamsSchema,
  subscriptionActionSchema,
  subscriptionEventListSchema,
  subscriptionKeyParamsSchema,
  createSubscriptionSchema,
  listSubscriptionsQueryObjectSchema,
  subscriptionDtoSchema,
  subscriptionIdParamsSchema,
  subscriptionListSchema,
  upcomingInvoiceDtoSchema,
} from "../../schemas/subscription";
import { error, json, metadataQueryParameter, operation } from "./operation";

const subscriptionNotFound = error("No subscription with this id.");
const wrongState = (what: string) => error(`${what} (\`invalid_state\`).`);

/** A POST action on one subscription that answers the subscription as it is afterwards. */
function action(operationId: string, summary: string, description: string, body: Parameters<typeof json>[0], errors: Record<string, ReturnType<typeof error>>, path: object = subscriptionIdParamsSchema) {
  return {
    post: operation({
      method: "post",
      operationId,
      tags: ["Subscriptions"],
      summary,
      description,
      requestParams: { path: path as typeof subscriptionIdParamsSchema },
      requestBody: { required: false, content: json(body) },
      responses: { "200": { description: "The subscription after the change, with all its items (closed spans included).", content: json(subscriptionDtoSchema) }, "404": subscriptionNotFound, ...errors },
    }),
  };
}

export const subscriptionPaths: ZodOpenApiPathsObject = {
  "/subscriptions": {
    get: operation({
      method: "get",
      operationId: "listSubscriptions",
      tags: ["Subscriptions"],
      summary: "List subscriptions",
      description: "Newest first, with cursor pagination. Filters combine with AND.",
      requestParams: { query: listSubscriptionsQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "A page of subscriptions.", content: json(subscriptionListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createSubscription",
      tags: ["Subscriptions"],
      summary: "Subscribe a customer to a plan",
      description:
        "Subscribes to the plan's current version. Each included charge (every charge but add-ons, plus the `add_ons` listed) becomes an item priced for this customer (their override, their group's, else the list price) and keeps that price. The coupon is redeemed in the same transaction: if it is refused, nothing is written. The status is `trialing` while the trial lasts, else `active`; a past `start_date` leaves `next_billing_at` in the past, and the billing run catches up from period 0.",
      requestBody: { required: true, content: json(createSubscriptionSchema) },
      responses: {
        "201": { description: "The new subscription with its items.", content: json(subscriptionDtoSchema) },
        "404": error("No such customer or plan (`param` names it)."),
        "409": error("The customer is disabled or archived, or the plan is draft, inactive or archived (`invalid_state`, `param` names it), or the Idempotency-Key was reused."),
        "422": error("A business rule (`param` names the field): a currency the plan is not sold in, a quantity for a charge that takes none (`quantities.<key>`), an unknown or non-add-on key in `add_ons[i]`, a `trial_end` before the start, or a refused `coupon_code`."),
      },
    }),
  },
  "/subscriptions/{subscriptionId}": {
    get: operation({
      method: "get",
      operationId: "getSubscription",
      tags: ["Subscriptions"],
      summary: "Retrieve a subscription",
      requestParams: { path: subscriptionIdParamsSchema },
      responses: { "200": { description: "The subscription with its items.", content: json(subscriptionDtoSchema) }, "404": subscriptionNotFound },
    }),
  },
  "/subscriptions/{subscriptionId}/upcoming_invoice": {
    get: operation({
      method: "get",
      operationId: "getUpcomingInvoice",
      tags: ["Subscriptions"],
      summary: "Preview the upcoming invoice",
      description:
        "The invoice the next billing run would create: the one opening period `next_period_index` (in-advance fees of that period, in-arrears fees of the previous one), with the subscription's coupons and the customer's tax rates. Usage lines are not included yet. Nothing is stored.",
      requestParams: { path: subscriptionIdParamsSchema },
      responses: {
        "200": { description: "The upcoming invoice; amounts in minor units of `currency`.", content: json(upcomingInvoiceDtoSchema) },
        "404": subscriptionNotFound,
        "409": error("The subscription bills nothing more (`invalid_state`)."),
      },
    }),
  },
  "/subscriptions/{subscriptionId}/pause": action(
    "pauseSubscription",
    "Pause a subscription",
    "Nothing is billed while paused: the recurring and usage items close now and the unused part of the current period's in-advance fees is credited. `resume` returns the subscription to the status it was paused from. Allowed while trialing, active or past due.",
    pauseSubscriptionSchema,
    { "409": wrongState("The subscription is not trialing, active or past due") },
  ),
  "/subscriptions/{subscriptionId}/resume": action(
    "resumeSubscription",
    "Resume a paused subscription",
    "The items the pause closed reopen now at their prices; the rest of the current period is charged.",
    subscriptionActionSchema,
    { "409": wrongState("The subscription is not paused") },
  ),
  "/subscriptions/{subscriptionId}/cancel": action(
    "cancelSubscription",
    "Cancel a subscription",
    "Now: the subscription is canceled and its items close (with `prorate`, the unused part of the period's in-advance fees is credited to the customer's balance; in-arrears usage is billed by the billing run). With `at_period_end`: `cancel_at_period_end` is set and a `cancel` scheduled change takes effect at the end of the current period (undo with `undo_cancel`); a pending plan change is dropped.",
    cancelSubscriptionSchema,
    { "409": wrongState("The subscription already ended, or a cancellation is already scheduled") },
  ),
  "/subscriptions/{subscriptionId}/undo_cancel": action(
    "undoCancelSubscription",
    "Undo a scheduled cancellation",
    "Drops the pending cancellation at period end.",
    subscriptionActionSchema,
    { "409": wrongState("No cancellation is scheduled") },
  ),
  "/subscriptions/{subscriptionId}/expire": action(
    "expireSubscription",
    "Expire a subscription",
    "Ends the subscription as `expired` (a fixed term ran out, or an incomplete subscription never got its first payment): items close now, pending changes drop, nothing is credited.",
    expireSubscriptionSchema,
    { "409": wrongState("The subscription already ended") },
  ),
  "/subscriptions/{subscriptionId}/change_plan": action(
    "changeSubscriptionPlan",
    "Change plan (upgrade or downgrade)",
    "Moves to another plan's current version, in the same currency and billing interval. `when: now`: the recurring and usage items close and the new plan's open, priced for the customer (with `prorate`, unused time is credited and the rest of the period charged on one invoice). `when: period_end`: a scheduled change at the end of the current period, which replaces a pending one and can be cancelled. Quantities and add-ons carry over unless given; one-time charges (setup fees) are not billed again.",
    changePlanSchema,
    {
      "409": wrongState("The subscription is not trialing, active or past due, the plan is not active, or a cancellation is scheduled (`period_end`)"),
      "422": error("`plan_id`: the subscription is already on that version, or the plan is not sold in the subscription's currency or bills on another interval; `quantities.<key>` or `add_ons[i]`: not a charge of the new plan that takes it."),
    },
  ),
  "/subscriptions/{subscriptionId}/change_quantity": action(
    "changeSubscriptionQuantity",
    "Change quantities (seats)",
    "`when: now`: each item closes and reopens with the new quantity at its price, prorated over the rest of the period with `prorate`. `when: period_end`: folded into the pending plan change, else scheduled as a change to the same plan version.",
    changeQuantitySchema,
    { "409": wrongState("The subscription is not trialing, active or past due"), "422": error("`quantities.<key>`: not an active per-unit or per-seat item (a flat fee takes no quantity).") },
  ),
  "/subscriptions/{subscriptionId}/add_ons": action(
    "addSubscriptionAddOn",
    "Add an add-on",
    "Opens one of the plan version's add-on charges now, priced for the customer; with `prorate`, the rest of the period is charged.",
    addAddOnSchema,
    { "409": wrongState("The subscription is not trialing, active or past due"), "422": error("`key`: not an add-on of the plan, already added or held; `quantity`: the add-on takes none.") },
  ),
  "/subscriptions/{subscriptionId}/add_ons/{key}/remove": action(
    "removeSubscriptionAddOn",
    "Remove an add-on",
    "Closes the add-on's item now; with `prorate`, its unused time is credited.",
    itemChangeSchema,
    { "409": wrongState("The subscription is not trialing, active or past due"), "422": error("`key`: the item is not an add-on.") },
    subscriptionKeyParamsSchema,
  ),
  "/subscriptions/{subscriptionId}/items/{key}/hold": action(
    "holdSubscriptionCharge",
    "Hold one charge",
    "Closes the charge's item now: it bills nothing until resumed (with `prorate`, its unused time is credited). A plan change releases holds.",
    itemChangeSchema,
    { "409": wrongState("The subscription is not trialing, active or past due"), "422": error("`key`: a one-time charge cannot be held.") },
    subscriptionKeyParamsSchema,
  ),
  "/subscriptions/{subscriptionId}/items/{key}/resume": action(
    "resumeSubscriptionCharge",
    "Resume a held charge",
    "Reopens the held item now at its price and quantity; with `prorate`, the rest of the period is charged.",
    itemChangeSchema,
    { "409": wrongState("The charge is not on hold, or the subscription is not trialing, active or past due") },
    subscriptionKeyParamsSchema,
  ),
  "/subscriptions/{subscriptionId}/events": {
    get: operation({
      method: "get",
      operationId: "listSubscriptionEvents",
      tags: ["Subscriptions"],
      summary: "List a subscription's events (timeline)",
      description: "Every accepted lifecycle event and change, newest first, with cursor pagination.",
      requestParams: { path: subscriptionIdParamsSchema, query: listSubscriptionEventsQuerySchema },
      responses: { "200": { description: "A page of events.", content: json(subscriptionEventListSchema) }, "404": subscriptionNotFound },
    }),
  },
  "/subscriptions/{subscriptionId}/scheduled_changes": {
    get: operation({
      method: "get",
      operationId: "listScheduledChanges",
      tags: ["Subscriptions"],
      summary: "List a subscription's scheduled changes",
      description: "Pending, applied and cancelled changes at period end (plan changes and cancellations), newest first, in one page.",
      requestParams: { path: subscriptionIdParamsSchema },
      responses: { "200": { description: "The scheduled changes.", content: json(scheduledChangeListSchema) }, "404": subscriptionNotFound },
    }),
  },
  "/subscriptions/{subscriptionId}/scheduled_changes/{changeId}/cancel": {
    post: operation({
      method: "post",
      operationId: "cancelScheduledChange",
      tags: ["Subscriptions"],
      summary: "Cancel a scheduled change",
      description: "Drops a pending scheduled change; for a scheduled cancellation this is `undo_cancel`.",
      requestParams: { path: scheduledChangeParamsSchema },
      requestBody: { required: false, content: json(subscriptionActionSchema) },
      responses: {
        "200": { description: "The scheduled change, now cancelled.", content: json(scheduledChangeDtoSchema) },
        "404": error("No such subscription or scheduled change."),
        "409": wrongState("The change was already applied or cancelled"),
      },
    }),
  },
};
