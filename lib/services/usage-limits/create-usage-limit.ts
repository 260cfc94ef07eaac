import "server-only";
import { lockCustomer } from "../../db/customers";
import { initLimitWatermark, insertUsageLimit } from "../../db/usage-limits";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { CreateUsageLimitInput, UsageLimitDto } from "../../schemas/usage-limit";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { upperAction } from "./dto";
import { evaluateLimitRows } from "./evaluate-usage-limits";
import { assertLimitableMeter, assertThresholdKnown } from "./shared";

/**
 * The new limit is evaluated in the same transaction: created below the current usage, it is
 * reached and alerts at once. A percentage the customer's price of the meter gives no base for is refused.
 */
export async function createUsageLimit(ctx: Ctx, input: CreateUsageLimitInput): Promise<UsageLimitDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockCustomer(tx, input.customer_id);
    if (!customer) throw new AppError("not_found", `No customer with id '${input.customer_id}'.`, { param: "customer_id" });
    if (customer.status === "ARCHIVED") throw new AppError("invalid_state", "This customer is archived; unarchive it before adding usage limits.", { param: "customer_id" });
    await assertLimitableMeter(tx, input.meter_id);
    const row = await insertUsageLimit(tx, {
      id: createId("usageLimit"),
      customerId: customer.id,
      meterId: input.meter_id,
      threshold: input.threshold ?? null,
      thresholdPercent: input.threshold_percent ?? null,
      evaluatedThreshold: input.threshold ?? null, // a percentage's: set by the evaluation below
      action: upperAction(input.action),
      name: input.name ?? null,
      description: input.description ?? null,
      metadata: input.metadata,
      revision: 1,
      archivedAt: null,
      createdAt: ctx.now,
    });
    await initLimitWatermark(tx);
    await recordAudit(tx, ctx, {
      action: "usage_limit.create",
      resourceType: "usage_limit",
      resourceId: row.id,
      details: { customer_id: row.customerId, meter_id: row.meterId, threshold: input.threshold ?? null, threshold_percent: input.threshold_percent ?? null, action: input.action },
    });
    return assertThresholdKnown((await evaluateLimitRows(tx, ctx, [row])).get(row.id)!);
  });
}
