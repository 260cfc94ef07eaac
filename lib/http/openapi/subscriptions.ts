import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  createSubscriptionSchema,
  listSubscriptionsQueryObjectSchema,
  subscriptionDtoSchema,
  subscriptionIdParamsSchema,
  subscriptionListSchema,
  upcomingInvoiceDtoSchema,
} from "../../schemas/subscription";
import { error, json, metadataQueryParameter, operation } from "./operation";

const subscriptionNotFound = error("No subscription with this id.");

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
};
