import type { TestClockRow } from "../../db/test-clocks";
import { isoDate } from "../../schemas/common";
import type { TestClockDto } from "../../schemas/test-clock";
import type { BillingRunResult } from "../billing/run-billing";

export function toTestClockDto(row: TestClockRow, lastRun: BillingRunResult | null = null): TestClockDto {
  return {
    object: "test_clock",
    id: row.id,
    name: row.name,
    frozen_time: isoDate(row.frozenTime),
    customer_ids: row.customers.map((customer) => customer.id),
    created_at: isoDate(row.createdAt),
    last_run: lastRun && {
      subscriptions: lastRun.subscriptions,
      invoices: lastRun.invoices,
      finalized: lastRun.finalized,
      failures: lastRun.failures.map((failure) => ({ subscription_id: failure.subscriptionId, message: failure.message })),
    },
  };
}
