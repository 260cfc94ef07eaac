import "server-only";
import { Dec } from "../../billing/decimal";
import { updateUsageLimit as storeUsageLimit, type UsageLimitData } from "../../db/usage-limits";
import { AppError } from "../../errors";
import type { UpdateUsageLimitInput, UsageLimitDto } from "../../schemas/usage-limit";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { mergeMetadata } from "../metadata";
import { inTransaction } from "../transaction";
import { actionOf, upperAction } from "./dto";
import { evaluateLimitRows } from "./evaluate-usage-limits";
import { lockLimitOrThrow } from "./shared";

/**
 * PATCH: only the fields present change; metadata is merged. A new threshold or action is a new
 * revision: the crossings of the old one stop counting (a raised limit re-enables a customer it
 * disabled) and the limit is evaluated again at once.
 */
export async function updateUsageLimit(ctx: Ctx, limitId: string, input: UpdateUsageLimitInput): Promise<UsageLimitDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const limit = await lockLimitOrThrow(tx, limitId);
    if (limit.archivedAt) throw new AppError("invalid_state", "This usage limit is archived; unarchive it before changing it.");
    const thresholdChanged = input.threshold !== undefined && !new Dec(input.threshold).equals(limit.threshold.toString());
    const actionChanged = input.action !== undefined && input.action !== actionOf(limit);
    const data: Partial<UsageLimitData> = {};
    if (thresholdChanged) data.threshold = input.threshold;
    if (actionChanged) data.action = upperAction(input.action!);
    if (thresholdChanged || actionChanged) data.revision = limit.revision + 1;
    if (input.name !== undefined) data.name = input.name;
    if (input.description !== undefined) data.description = input.description;
    if (input.metadata !== undefined) data.metadata = mergeMetadata(limit.metadata, input.metadata);
    const updated = await storeUsageLimit(tx, limit.id, { ...data, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: "usage_limit.update",
      resourceType: "usage_limit",
      resourceId: limit.id,
      details: { fields: Object.keys(input).sort(), revision: updated.revision },
    });
    return (await evaluateLimitRows(tx, ctx, [updated])).get(updated.id)!;
  });
}
