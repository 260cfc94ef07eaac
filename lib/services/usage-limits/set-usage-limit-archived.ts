import "server-only";
import { updateUsageLimit } from "../../db/usage-limits";
import { AppError } from "../../errors";
import type { UsageLimitDto } from "../../schemas/usage-limit";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { evaluateLimitRows } from "./evaluate-usage-limits";
import { assertLimitableMeter, lockLimitOrThrow } from "./shared";

/**
 * Archive (archived = true): the limit is no longer evaluated and disables nothing; its crossings
 * and alerts stay as history. Unarchive: it is a new revision, evaluated at once.
 */
export async function setUsageLimitArchived(ctx: Ctx, limitId: string, archived: boolean): Promise<UsageLimitDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const limit = await lockLimitOrThrow(tx, limitId);
    if ((limit.archivedAt !== null) === archived) throw new AppError("invalid_state", `This usage limit is ${archived ? "already archived" : "not archived"}.`);
    if (!archived) await assertLimitableMeter(tx, limit.meterId);
    const updated = await updateUsageLimit(tx, limit.id, archived ? { archivedAt: ctx.now, updatedAt: ctx.now } : { archivedAt: null, revision: limit.revision + 1, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: `usage_limit.${archived ? "archive" : "unarchive"}`, resourceType: "usage_limit", resourceId: limit.id });
    return (await evaluateLimitRows(tx, ctx, [updated])).get(updated.id)!;
  });
}
