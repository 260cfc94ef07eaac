import "server-only";
import { updateUsageLimit as storeUsageLimit, type UsageLimitData } from "../../db/usage-limits";
import { AppError } from "../../errors";
import { sameQuantity } from "../../usage/limit-threshold";
import type { UpdateUsageLimitInput, UsageLimitDto } from "../../schemas/usage-limit";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { mergeMetadata } from "../metadata";
import { inTransaction } from "../transaction";
import { actionOf, upperAction } from "./dto";
import { evaluateLimitRows } from "./evaluate-usage-limits";
import { assertThresholdKnown, lockLimitOrThrow } from "./shared";

/**
 * PATCH: only the fields present change; metadata is merged. threshold and threshold_percent each
 * replace the other kind. A new threshold (of either kind) or action is a new
 * revision: the crossings of the old one stop counting (a raised limit re-enables a customer it
 * disabled) and the limit is evaluated again at once.
 */
export async function updateUsageLimit(ctx: Ctx, limitId: string, input: UpdateUsageLimitInput): Promise<UsageLimitDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const limit = await lockLimitOrThrow(tx, limitId);
    if (limit.archivedAt) throw new AppError("invalid_state", "This usage limit is archived; unarchive it before changing it.");
    const thresholdChanged =
      (input.threshold !== undefined && !sameQuantity(input.threshold, limit.threshold)) || (input.threshold_percent !== undefined && !sameQuantity(input.threshold_percent, limit.thresholdPercent));
    const actionChanged = input.action !== undefined && input.action !== actionOf(limit);
    const data: Partial<UsageLimitData> = {};
    if (thresholdChanged) Object.assign(data, { threshold: input.threshold ?? null, thresholdPercent: input.threshold_percent ?? null, evaluatedThreshold: input.threshold ?? null });
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
    const dto = (await evaluateLimitRows(tx, ctx, [updated])).get(updated.id)!;
    return thresholdChanged && input.threshold_percent !== undefined ? assertThresholdKnown(dto) : dto;
  });
}
