import "server-only";
import { prisma } from "../../db/client";
import { listSubscriptionEvents as selectEvents } from "../../db/subscriptions";
import { toPage, type ListResponse, type PaginationQuery } from "../../schemas/common";
import type { SubscriptionEventDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { toSubscriptionEventDto } from "./dto";
import { findSubscriptionOrThrow } from "./get-subscription";

/** The subscription's timeline, newest first. */
export async function listSubscriptionEvents(_ctx: Ctx, subscriptionId: string, query: PaginationQuery): Promise<ListResponse<SubscriptionEventDto>> {
  const db = prisma();
  const subscription = await findSubscriptionOrThrow(db, subscriptionId);
  const rows = await selectEvents(db, subscription.id, { limit: query.limit + 1, startingAfter: query.starting_after });
  return toPage(rows, query.limit, (row) => row.id, (row) => toSubscriptionEventDto(subscription.id, row));
}
