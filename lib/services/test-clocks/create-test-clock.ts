import "server-only";
import { insertTestClock } from "../../db/test-clocks";
import { createId } from "../../ids";
import type { CreateTestClockInput, TestClockDto } from "../../schemas/test-clock";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toTestClockDto } from "./dto";

export async function createTestClock(ctx: Ctx, input: CreateTestClockInput): Promise<TestClockDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const row = await insertTestClock(tx, { id: createId("testClock", ctx.now.getTime()), name: input.name, frozenTime: input.frozen_time, createdAt: ctx.now });
    await recordAudit(tx, ctx, { action: "test_clock.create", resourceType: "test_clock", resourceId: row.id, details: { frozen_time: input.frozen_time.toISOString() } });
    return toTestClockDto(row);
  });
}
