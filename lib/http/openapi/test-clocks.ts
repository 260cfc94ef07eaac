import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  advanceTestClockSchema,
  attachTestClockCustomerSchema,
  createTestClockSchema,
  testClockIdParamsSchema,
  testClockListQuerySchema,
  testClockListSchema,
  testClockSchema,
} from "../../schemas/test-clock";
import { error, json, operation } from "./operation";

const clockNotFound = error("No test clock with this id.");
const tags = ["Test clocks"];

export const testClockPaths: ZodOpenApiPathsObject = {
  "/test_clocks": {
    get: operation({
      method: "get",
      operationId: "listTestClocks",
      tags,
      summary: "List test clocks",
      description: "Newest first, with cursor pagination.",
      requestParams: { query: testClockListQuerySchema },
      responses: { "200": { description: "A page of test clocks.", content: json(testClockListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createTestClock",
      tags,
      summary: "Create a test clock",
      description: "Simulated time: customers attached to the clock (and their subscriptions and invoices) live at its `frozen_time`, which only moves forward when advanced.",
      requestBody: { required: true, content: json(createTestClockSchema) },
      responses: { "201": { description: "The new clock.", content: json(testClockSchema) } },
    }),
  },
  "/test_clocks/{testClockId}": {
    get: operation({
      method: "get",
      operationId: "getTestClock",
      tags,
      summary: "Retrieve a test clock",
      requestParams: { path: testClockIdParamsSchema },
      responses: { "200": { description: "The clock with its customers.", content: json(testClockSchema) }, "404": clockNotFound },
    }),
  },
  "/test_clocks/{testClockId}/advance": {
    post: operation({
      method: "post",
      operationId: "advanceTestClock",
      tags,
      summary: "Advance a test clock",
      description:
        "Moves the clock forward (at most 5 years) and runs billing for its customers at the new time before answering: trial ends, scheduled changes, renewals, catch-up invoices and draft finalization all happen in time order. `last_run` tells what the run did.",
      requestParams: { path: testClockIdParamsSchema },
      requestBody: { required: true, content: json(advanceTestClockSchema) },
      responses: {
        "200": { description: "The clock at its new time, with `last_run`.", content: json(testClockSchema) },
        "404": clockNotFound,
        "422": error("`frozen_time` is not after the clock's time, or more than 5 years ahead."),
      },
    }),
  },
  "/test_clocks/{testClockId}/customers": {
    post: operation({
      method: "post",
      operationId: "attachTestClockCustomer",
      tags,
      summary: "Attach a customer to a test clock",
      description: "Only a customer without subscriptions or invoices can be attached (real and simulated time never mix in one history); attaching again to the same clock is a no-op.",
      requestParams: { path: testClockIdParamsSchema },
      requestBody: { required: true, content: json(attachTestClockCustomerSchema) },
      responses: {
        "200": { description: "The clock with its customers.", content: json(testClockSchema) },
        "404": error("No such test clock or customer (`param` names it)."),
        "409": error("The customer is on another clock or already has billing history (`invalid_state`, `param: customer_id`)."),
      },
    }),
  },
};
