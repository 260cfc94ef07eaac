"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { advanceTestClockSchema, attachTestClockCustomerSchema, createTestClockSchema } from "@/lib/schemas/test-clock";
import { advanceTestClock } from "@/lib/services/test-clocks/advance-test-clock";
import { attachCustomerToTestClock } from "@/lib/services/test-clocks/attach-customer";
import { createTestClock } from "@/lib/services/test-clocks/create-test-clock";

const CLOCKS_PATH = "/subscriptions/test-clocks";

function revalidated<R extends { ok: boolean }>(result: R, testClockId?: string): R {
  if (result.ok) {
    revalidatePath(CLOCKS_PATH);
    revalidatePath("/subscriptions");
    if (testClockId) revalidatePath(`${CLOCKS_PATH}/${testClockId}`);
  }
  return result;
}

export async function createTestClockAction(input: unknown) {
  return revalidated(await runAdminAction(createTestClockSchema, input, createTestClock));
}

export async function advanceTestClockAction(testClockId: string, input: unknown) {
  return revalidated(await runAdminAction(advanceTestClockSchema, input, (ctx, advance) => advanceTestClock(ctx, testClockId, advance)), testClockId);
}

export async function attachTestClockCustomerAction(testClockId: string, input: unknown) {
  return revalidated(
    await runAdminAction(attachTestClockCustomerSchema, input, (ctx, { customer_id }) => attachCustomerToTestClock(ctx, testClockId, customer_id)),
    testClockId,
  );
}

