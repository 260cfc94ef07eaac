// Test clocks (simulated time): inputs and DTOs shared by the API and the admin console.
import { z } from "zod";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";

const dateTime = (field: string) =>
  z.iso
    .datetime({ offset: true, error: `${field} must be an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z.` })
    .transform((value) => new Date(value));

export const createTestClockSchema = z
  .object({
    name: requiredText("name", 100),
    frozen_time: dateTime("frozen_time").meta({ description: "Where the clock starts; it only moves forward (advance)." }),
  })
  .strict()
  .meta({ id: "CreateTestClockInput" });
export type CreateTestClockInput = z.output<typeof createTestClockSchema>;

export const advanceTestClockSchema = z
  .object({ frozen_time: dateTime("frozen_time").meta({ description: "The new time: after the current one, at most 5 years ahead." }) })
  .strict()
  .meta({ id: "AdvanceTestClockInput" });
export type AdvanceTestClockInput = z.output<typeof advanceTestClockSchema>;

export const attachTestClockCustomerSchema = z
  .object({ customer_id: z.string({ error: "customer_id is required." }).min(1, { error: "customer_id must not be empty." }) })
  .strict()
  .meta({ id: "AttachTestClockCustomerInput" });

export const testClockListQuerySchema = paginationQuerySchema;

export const billingRunSummarySchema = z
  .object({
    subscriptions: z.number().int().meta({ description: "Subscriptions that had something due." }),
    invoices: z.number().int(),
    finalized: z.number().int(),
    failures: z.array(z.object({ subscription_id: z.string(), message: z.string() })),
  })
  .meta({ id: "BillingRunSummary" });

export const testClockSchema = z
  .object({
    object: z.literal("test_clock"),
    id: z.string().meta({ example: "clk_01J…" }),
    name: z.string(),
    frozen_time: z.string().meta({ format: "date-time" }),
    customer_ids: z.array(z.string()),
    created_at: z.string().meta({ format: "date-time" }),
    last_run: billingRunSummarySchema.nullable().meta({ description: "What the billing run did on the last advance (advance responses only)." }),
  })
  .meta({ id: "TestClock" });
export type TestClockDto = z.infer<typeof testClockSchema>;
export const testClockListSchema = listResponseSchema(testClockSchema, "TestClockList");

export const testClockIdParamsSchema = z.object({ testClockId: z.string().min(1).meta({ description: "The test clock's id (`clk_…`)." }) });
