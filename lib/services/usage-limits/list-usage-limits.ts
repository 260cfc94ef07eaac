import "server-only";
import { prisma } from "../../db/client";
import { findReachedLimitIds, listUsageLimits as selectUsageLimits } from "../../db/usage-limits";
import type { ListResponse } from "../../schemas/common";
import type { ListUsageLimitsQuery, UsageLimitDto } from "../../schemas/usage-limit";
import type { Ctx } from "../context";
import { upperAction } from "./dto";
import { describeLimits } from "./describe-limits";

/** Filters combine with AND; `state` is each limit's state in its customer's current period. */
export async function listUsageLimits(ctx: Ctx, query: ListUsageLimitsQuery): Promise<ListResponse<UsageLimitDto>> {
  const db = prisma();
  const reached = query.state ? await findReachedLimitIds(db, ctx.now, { customerId: query.customer_id, meterId: query.meter_id }) : undefined;
  const rows = await selectUsageLimits(
    db,
    { limit: query.limit + 1, startingAfter: query.starting_after, direction: query.sort === "created_at" ? "asc" : "desc" },
    {
      customerId: query.customer_id,
      meterId: query.meter_id,
      action: query.action ? upperAction(query.action) : undefined,
      status: query.status,
      q: query.q,
      metadata: query.metadata,
      ids: reached === undefined ? undefined : query.state === "reached" ? { in: reached } : { notIn: reached },
    },
  );
  const page = rows.slice(0, query.limit);
  const hasMore = rows.length > query.limit;
  return { object: "list", data: await describeLimits(db, ctx, page), has_more: hasMore, next_cursor: hasMore ? page.at(-1)!.id : null };
}
