import type { ZodOpenApiPathsObject } from "zod-openapi";
import { customerIdParamsSchema } from "../../schemas/customer";
import { customerEntitlementsDtoSchema } from "../../schemas/entitlement";
import {
  createPlanSchema,
  duplicatePlanSchema,
  listPlansQueryObjectSchema,
  planCodeParamsSchema,
  planDtoSchema,
  planIdParamsSchema,
  planListSchema,
  planStatusChangeSchema,
  planVersionDtoSchema,
  planVersionListSchema,
  planVersionParamsSchema,
  updatePlanSchema,
} from "../../schemas/plan";
import {
  createPriceOverrideSchema,
  deletedPriceOverrideDtoSchema,
  listPriceOverridesQuerySchema,
  priceOverrideDtoSchema,
  priceOverrideIdParamsSchema,
  priceOverrideListSchema,
  updatePriceOverrideSchema,
} from "../../schemas/price-override";
import { error, json, metadataQueryParameter, operation } from "./operation";

const tags = ["Plans"];
const planNotFound = error("No plan with this id.");
const invalidTerms = error(
  "A business rule fails (`unprocessable`): invalid tiers, a missing or extra currency in `prices`, a meter_id on a non-usage charge, an unknown product, unit or feature… `param` names the field, e.g. `charges[0].prices.EUR.tiers[1].up_to`; `details` lists every violation.",
);

const planStatusChange = (change: "activate" | "deactivate" | "archive", summary: string, description: string) =>
  operation({
    method: "post",
    operationId: `${change}Plan`,
    tags,
    summary,
    description,
    requestParams: { path: planIdParamsSchema },
    requestBody: { required: false, content: json(planStatusChangeSchema) },
    responses: {
      "200": { description: "The plan in its new status.", content: json(planDtoSchema) },
      "404": planNotFound,
      "409": error("The plan's status does not allow this (`invalid_state`), or the Idempotency-Key was reused with another request."),
      ...(change === "activate" ? { "422": error("The plan has no charge yet (`param: charges`).") } : {}),
    },
  });

export const planPaths: ZodOpenApiPathsObject = {
  "/plans": {
    get: operation({
      method: "get",
      operationId: "listPlans",
      tags,
      summary: "List plans",
      description: "Newest first unless `sort` says otherwise, with cursor pagination. Filters combine with AND. Each plan carries its current version.",
      requestParams: { query: listPlansQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "A page of plans.", content: json(planListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createPlan",
      tags,
      summary: "Create a plan",
      description: "Creates a draft plan and its version 1. Every charge needs a price in each of `currencies`, validated like the rating engine's charge definitions.",
      requestBody: { required: true, content: json(createPlanSchema) },
      responses: {
        "201": { description: "The new plan.", content: json(planDtoSchema) },
        "409": error("Another plan has this `code` (`conflict`, `param: code`), or the Idempotency-Key was reused."),
        "422": invalidTerms,
      },
    }),
  },
  "/plans/by_code/{code}": {
    get: operation({
      method: "get",
      operationId: "getPlanByCode",
      tags,
      summary: "Retrieve a plan by code",
      requestParams: { path: planCodeParamsSchema },
      responses: { "200": { description: "The plan.", content: json(planDtoSchema) }, "404": error("No plan with this code.") },
    }),
  },
  "/plans/{planId}": {
    get: operation({
      method: "get",
      operationId: "getPlan",
      tags,
      summary: "Retrieve a plan",
      requestParams: { path: planIdParamsSchema },
      responses: { "200": { description: "The plan with its current version.", content: json(planDtoSchema) }, "404": planNotFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updatePlan",
      tags,
      summary: "Update a plan",
      description:
        "Only the fields sent change. Terms, currencies, charges (replaced as a whole) and features are versioned: if a subscription uses the current version, the change creates version n+1 and makes it current (subscribers stay on theirs); otherwise the current version is edited in place. Price overrides follow a charge to the new version when its key and model are unchanged.",
      requestParams: { path: planIdParamsSchema },
      requestBody: { required: true, content: json(updatePlanSchema) },
      responses: {
        "200": { description: "The updated plan.", content: json(planDtoSchema) },
        "404": planNotFound,
        "409": error("The plan is archived (`invalid_state`)."),
        "422": invalidTerms,
      },
    }),
  },
  "/plans/{planId}/activate": {
    post: planStatusChange("activate", "Activate a plan", "A draft (with at least one charge) or inactive plan becomes active: it can be sold."),
  },
  "/plans/{planId}/deactivate": {
    post: planStatusChange("deactivate", "Deactivate a plan", "An active plan stops being sold; existing subscriptions continue."),
  },
  "/plans/{planId}/archive": {
    post: planStatusChange("archive", "Archive a plan", "The plan becomes read-only and is no longer sold; this is final."),
  },
  "/plans/{planId}/duplicate": {
    post: operation({
      method: "post",
      operationId: "duplicatePlan",
      tags,
      summary: "Duplicate a plan",
      description: "A new draft plan with a copy of this plan's current version (as version 1).",
      requestParams: { path: planIdParamsSchema },
      requestBody: { required: true, content: json(duplicatePlanSchema) },
      responses: {
        "201": { description: "The new plan.", content: json(planDtoSchema) },
        "404": planNotFound,
        "409": error("Another plan has this `code` (`conflict`), or the Idempotency-Key was reused."),
      },
    }),
  },
  "/plans/{planId}/versions": {
    get: operation({
      method: "get",
      operationId: "listPlanVersions",
      tags,
      summary: "List a plan's versions",
      description: "Every version, newest first (one page).",
      requestParams: { path: planIdParamsSchema },
      responses: { "200": { description: "The versions.", content: json(planVersionListSchema) }, "404": planNotFound },
    }),
  },
  "/plans/{planId}/versions/{version}": {
    get: operation({
      method: "get",
      operationId: "getPlanVersion",
      tags,
      summary: "Retrieve a plan version",
      requestParams: { path: planVersionParamsSchema },
      responses: { "200": { description: "The version.", content: json(planVersionDtoSchema) }, "404": error("No such plan, or no such version of it.") },
    }),
  },
  "/price_overrides": {
    get: operation({
      method: "get",
      operationId: "listPriceOverrides",
      tags: ["Price overrides"],
      summary: "List price overrides",
      description: "Newest first, with cursor pagination; filter by charge, customer or customer group.",
      requestParams: { query: listPriceOverridesQuerySchema },
      responses: { "200": { description: "A page of overrides.", content: json(priceOverrideListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createPriceOverride",
      tags: ["Price overrides"],
      summary: "Create a price override",
      description:
        "A customer's or a customer group's own price for one plan charge in one currency. When pricing, a customer's override wins over its group's, which wins over the plan's list price. Overrides follow a charge to new plan versions while its key and model stay the same.",
      requestBody: { required: true, content: json(createPriceOverrideSchema) },
      responses: {
        "201": { description: "The new override.", content: json(priceOverrideDtoSchema) },
        "409": error("An override already exists for this charge, customer (or group) and currency (`conflict`)."),
        "422": error("Unknown charge, customer or group; a currency the plan is not sold in; or invalid model properties (`param` such as `price.tiers[1].up_to`)."),
      },
    }),
  },
  "/price_overrides/{priceOverrideId}": {
    get: operation({
      method: "get",
      operationId: "getPriceOverride",
      tags: ["Price overrides"],
      summary: "Retrieve a price override",
      requestParams: { path: priceOverrideIdParamsSchema },
      responses: { "200": { description: "The override.", content: json(priceOverrideDtoSchema) }, "404": error("No such override.") },
    }),
    patch: operation({
      method: "patch",
      operationId: "updatePriceOverride",
      tags: ["Price overrides"],
      summary: "Change an override's price",
      requestParams: { path: priceOverrideIdParamsSchema },
      requestBody: { required: true, content: json(updatePriceOverrideSchema) },
      responses: {
        "200": { description: "The updated override.", content: json(priceOverrideDtoSchema) },
        "404": error("No such override."),
        "422": error("Invalid model properties (`param` such as `price.tiers[1].up_to`)."),
      },
    }),
    delete: operation({
      method: "delete",
      operationId: "deletePriceOverride",
      tags: ["Price overrides"],
      summary: "Remove a price override",
      description: "The customer (or group) pays the next price in line again. Invoices copy prices, so nothing refers to a removed override.",
      requestParams: { path: priceOverrideIdParamsSchema },
      responses: { "200": { description: "Removed.", content: json(deletedPriceOverrideDtoSchema) }, "404": error("No such override.") },
    }),
  },
  "/customers/{customerId}/entitlements": {
    get: operation({
      method: "get",
      operationId: "getCustomerEntitlements",
      tags: ["Plans"],
      summary: "A customer's entitlements",
      description:
        "The features granted by the plan versions of the customer's trialing, active and past_due subscriptions: boolean features are enabled; limit features get the highest limit among those plans (null = unlimited). A disabled or archived customer, or one that reached a `disable` usage limit in its current period, is granted nothing (`customer_disabled: true`, with `disabled_reason`); `usage_limits_reached` lists the limits reached now. Usage events are still accepted: enforcing this answer is the client's job.",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The entitlements.", content: json(customerEntitlementsDtoSchema) }, "404": error("No customer with this id.") },
    }),
  },
};
