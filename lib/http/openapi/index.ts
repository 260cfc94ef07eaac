// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes
// validate with. Each area's operations live in their own module here; a test checks that
// every route file has an operation and back.
import { createDocument } from "zod-openapi";
import { BILLOW_VERSION } from "../../version";
import { catalogPaths } from "./catalog";
import { couponPaths, taxRatePaths } from "./coupons";
import { customerGroupPaths } from "./customer-groups";
import { customerPaths } from "./customers";
import { invoiceDocumentPaths } from "./invoice-documents";
import { meterPaths, usageEventPaths, usagePaths } from "./meters";
import { planPaths } from "./plans";
import { platformPaths } from "./platform";
import { subscriptionPaths } from "./subscriptions";
import { testClockPaths } from "./test-clocks";
import { invoicePaths } from "./invoices";
import { creditNotePaths } from "./credit-notes";
import { usageLimitPaths } from "./usage-limits";

export function buildOpenApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Billow API",
      version: BILLOW_VERSION,
      description:
        "Billow's REST API. Authenticate with `Authorization: Bearer <API key>`. Amounts are integer minor units with a currency. Lists use cursor pagination (`limit`, `starting_after`, `has_more`, `next_cursor`). Every response carries a `Request-Id` header; errors have the shape `{ error: { code, message, param?, details?, request_id } }`.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ apiKey: [] }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key (`bk_…`) from Settings › API keys." } },
    },
    paths: {
      ...platformPaths,
      ...customerPaths,
      ...planPaths,
      ...catalogPaths,
      ...couponPaths,
      ...taxRatePaths,
      ...customerGroupPaths,
      ...subscriptionPaths,
      ...testClockPaths,
      ...meterPaths,
      ...usageEventPaths,
      ...usagePaths,
      ...invoicePaths,
      ...creditNotePaths,
      ...invoiceDocumentPaths,
      ...usageLimitPaths,
    },
  });
}
