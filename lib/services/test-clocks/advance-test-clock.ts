import "server-only";
import { prisma } from "../../db/client";
import { findTestClockById, lockTestClock, setTestClockTime } from "../../db/test-clocks";
import { AppError, notFound } from "../../errors";
import type { AdvanceTestClockInput, TestClockDto } from "../../schemas/test-clock";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { runBilling } from "../billing/run-billing";
import { inTransaction } from "../transaction";
import { toTestClockDto } from "./dto";

const MAX_ADVANCE_MS = 5 * 366 * 86_400_000;

/**
 * Moves a test clock forward and runs billing for its customers at the new time, as the scheduled
 * billing run does for real time: trial ends, scheduled changes, renewals and drafts' finalization
 * all happen, in time order, before this returns.
 */
export async function advanceTestClock(ctx: Ctx, id: string, input: AdvanceTestClockInput): Promise<TestClockDto> {
  assertCanWrite(ctx);
  const to = input.frozen_time;
  await inTransaction(async (tx) => {
    const clock = await lockTestClock(tx, id);
    if (!clock) throw notFound("test_clock", id);
    if (to <= clock.frozenTime) {
      throw new AppError("unprocessable", `frozen_time must be after the clock's current time (${clock.frozenTime.toISOString()}); clocks only move forward.`, { param: "frozen_time" });
    }
    if (to.getTime() - clock.frozenTime.getTime() > MAX_ADVANCE_MS) {
      throw new AppError("unprocessable", "A test clock advances at most 5 years at a time.", { param: "frozen_time" });
    }
    await setTestClockTime(tx, id, to);
    await recordAudit(tx, ctx, { action: "test_clock.advance", resourceType: "test_clock", resourceId: id, details: { from: clock.frozenTime.toISOString(), to: to.toISOString() } });
  });
  const run = await runBilling(ctx, { testClockId: id, now: to });
  return toTestClockDto((await findTestClockById(prisma(), id))!, run);
}
