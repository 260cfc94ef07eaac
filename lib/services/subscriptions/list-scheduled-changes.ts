import "server-only";
import { prisma } from "../../db/client";
import { listScheduledChanges as selectChanges } from "../../db/subscriptions";
import type { ListResponse } from "../../schemas/common";
import type { ScheduledChangeDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { toScheduledChangeDto } from "./dto";
import { findSubscriptionOrThrow } from "./get-subscription";

/** Every scheduled change of the subscription (pending, applied, cancelled), newest first; a handful at most. */
export async function listScheduledChanges(_ctx: Ctx, subscriptionId: string): Promise<ListResponse<ScheduledChangeDto>> {
  const db = prisma();
  const subscription = await findSubscriptionOrThrow(db, subscriptionId);
  const rows = await selectChanges(db, subscription.id);
  return { object: "list", data: rows.map(toScheduledChangeDto), has_more: false, next_cursor: null };
}
