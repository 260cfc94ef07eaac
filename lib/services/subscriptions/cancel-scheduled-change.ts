import "server-only";
import { findScheduledChange, setScheduledChangeStatus } from "../../db/subscriptions";
import { AppError } from "../../errors";
import type { ScheduledChangeDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { toScheduledChangeDto } from "./dto";
import { changeSubscription, recordEvent } from "./lifecycle";
import { undoScheduledCancel } from "./undo-cancel";

/** Cancels a pending scheduled change; cancelling a scheduled cancellation is undoing it. */
export async function cancelScheduledChange(ctx: Ctx, subscriptionId: string, changeId: string): Promise<ScheduledChangeDto> {
  let changed: ScheduledChangeDto | undefined;
  await changeSubscription(ctx, subscriptionId, "cancel_scheduled_change", async (frame) => {
    const change = await findScheduledChange(frame.tx, frame.subscription.id, changeId);
    if (!change) throw new AppError("not_found", `The subscription has no scheduled change '${changeId}'.`, { param: "id" });
    if (change.status !== "PENDING") throw new AppError("invalid_state", `This scheduled change is already ${change.status.toLowerCase()}.`);
    if (change.kind === "CANCEL") {
      await undoScheduledCancel(frame);
    } else {
      await setScheduledChangeStatus(frame.tx, [change.id], "CANCELED", ctx.now);
      await recordEvent(frame, "scheduled_change_canceled", { scheduled_change_id: change.id });
    }
    changed = toScheduledChangeDto((await findScheduledChange(frame.tx, frame.subscription.id, changeId))!);
    return { scheduled_change_id: change.id, kind: change.kind.toLowerCase() };
  });
  return changed!;
}
