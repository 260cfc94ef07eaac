import "server-only";
import { prisma } from "../../db/client";
import type { SubscriptionStatus } from "../../db/generated/enums";
import { listSubscriptions as selectSubscriptions } from "../../db/subscriptions";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListSubscriptionsQuery, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { toSubscriptionDto } from "./dto";

/** Newest first; filters combine with AND; `metadata` pairs must all match. */
export async function listSubscriptions(_ctx: Ctx, query: ListSubscriptionsQuery): Promise<ListResponse<SubscriptionDto>> {
  const rows = await selectSubscriptions(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    filters: {
      customerId: query.customer_id,
      planId: query.plan_id,
      status: query.status ? (query.status.toUpperCase() as SubscriptionStatus) : undefined,
      metadata: query.metadata,
    },
  });
  return toPage(rows, query.limit, (row) => row.id, toSubscriptionDto);
}
