// Usage limits and the outbound event outbox (docs/usage.md, "Usage limits and alerts").
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { archiveChangeSchema } from "../../schemas/catalog";
import {
  createUsageLimitSchema,
  listUsageLimitsQueryObjectSchema,
  listWebhookEventsQuerySchema,
  updateUsageLimitSchema,
  usageLimitDtoSchema,
  usageLimitIdParamsSchema,
  usageLimitListSchema,
  webhookEventListSchema,
} from "../../schemas/usage-limit";
import { error, json, metadataQueryParameter, operation } from "./operation";

const tags = ["Usage limits"];
const notFound = error("No usage limit with this id.");

const archiveChange = (verb: "archive" | "unarchive") =>
  operation({
    method: "post",
    operationId: `${verb}UsageLimit`,
    tags,
    summary: `${verb === "archive" ? "Archive" : "Unarchive"} a usage limit`,
    description:
      verb === "archive"
        ? "An archived limit is no longer evaluated and disables nothing (a customer it disabled is re-enabled); its alerts stay in the outbox."
        : "The limit becomes active again and is evaluated at once, as a new revision: reached, it alerts again.",
    requestParams: { path: usageLimitIdParamsSchema },
    requestBody: { required: false, content: json(archiveChangeSchema) },
    responses: {
      "200": { description: "The usage limit.", content: json(usageLimitDtoSchema) },
      "404": notFound,
      "409": error(`The limit is ${verb === "archive" ? "already archived" : "not archived"} (\`invalid_state\`), or the Idempotency-Key was reused.`),
      ...(verb === "unarchive" ? { "422": error("Its meter is archived (`param: meter_id`).") } : {}),
    },
  });

export const usageLimitPaths: ZodOpenApiPathsObject = {
  "/usage_limits": {
    post: operation({
      method: "post",
      operationId: "createUsageLimit",
      tags,
      summary: "Create a usage limit",
      description:
        "A threshold on a customer's usage of a meter in its current period (the billing period of its subscription pricing the meter, else the UTC calendar month): a quantity (`threshold`) or a percentage of the quantity the customer's price of the meter includes (`threshold_percent`, e.g. 80 % of 10,000 included calls, following plan changes). The limit is evaluated at once; when reached, a `usage_limit.reached` event is written to the outbox once per period, and a `disable` limit makes the customer's entitlements answer `customer_disabled: true` until the period ends.",
      requestBody: { required: true, content: json(createUsageLimitSchema) },
      responses: {
        "201": { description: "The usage limit, evaluated.", content: json(usageLimitDtoSchema) },
        "404": error("No customer with this `customer_id` (`param: customer_id`)."),
        "409": error("The customer is archived (`invalid_state`, `param: customer_id`), or the Idempotency-Key was reused."),
        "422": error("No meter with this `meter_id`, or the meter is archived (`param: meter_id`); or `threshold_percent` while the customer's price of the meter includes no quantity (`param: threshold_percent`)."),
      },
    }),
    get: operation({
      method: "get",
      operationId: "listUsageLimits",
      tags,
      summary: "List usage limits",
      description: "Newest first by default, with cursor pagination. Each limit shows its current period, usage and state.",
      requestParams: { query: listUsageLimitsQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "A page of usage limits.", content: json(usageLimitListSchema) } },
    }),
  },
  "/usage_limits/{limitId}": {
    get: operation({
      method: "get",
      operationId: "getUsageLimit",
      tags,
      summary: "Retrieve a usage limit",
      requestParams: { path: usageLimitIdParamsSchema },
      responses: { "200": { description: "The usage limit.", content: json(usageLimitDtoSchema) }, "404": notFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateUsageLimit",
      tags,
      summary: "Update a usage limit",
      description:
        "`threshold` or `threshold_percent` replaces the other kind. A new threshold or action starts the limit afresh (a raised limit re-enables a customer it disabled) and evaluates it at once.",
      requestParams: { path: usageLimitIdParamsSchema },
      requestBody: { required: true, content: json(updateUsageLimitSchema) },
      responses: {
        "200": { description: "The usage limit, evaluated.", content: json(usageLimitDtoSchema) },
        "404": notFound,
        "409": error("The limit is archived (`invalid_state`)."),
        "422": error("`threshold_percent` while the customer's price of the meter includes no quantity (`param: threshold_percent`)."),
      },
    }),
  },
  "/usage_limits/{limitId}/archive": { post: archiveChange("archive") },
  "/usage_limits/{limitId}/unarchive": { post: archiveChange("unarchive") },
  "/webhook_events": {
    get: operation({
      method: "get",
      operationId: "listWebhookEvents",
      tags: ["Webhook events"],
      summary: "List outbound events",
      description:
        "The outbox of webhook-ready events (e.g. `usage_limit.reached`), newest first, each written in the same transaction as the change it announces. `delivered_at` stays null until webhook delivery exists.",
      requestParams: { query: listWebhookEventsQuerySchema },
      responses: { "200": { description: "A page of events.", content: json(webhookEventListSchema) } },
    }),
  },
};
