import "server-only";
import { prisma } from "../../db/client";
import type { SubscriptionStatus } from "../../db/generated/enums";
import { listSubscriptions as selectSubscriptions, type SubscriptionOrder, type SubscriptionRow } from "../../db/subscriptions";
import { AppError } from "../../errors";
import { decodeKeysetCursor, encodeKeysetCursor, parseSort } from "../../pagination/keyset-cursor";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListSubscriptionsQuery, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { toSubscriptionDto } from "./dto";

const SORT_FIELDS = { started_at: "startedAt", next_billing_at: "nextBillingAt" } as const satisfies Record<string, SubscriptionOrder["field"]>;

/** A cursor's key is an ISO instant or null (no next billing date); anything else was tampered with. */
function keyOf(key: string | number): Date | null {
  if (key === "") return null;
  const date = typeof key === "string" ? new Date(key) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new AppError("invalid_request", "starting_after is not a cursor for this list (malformed).", { param: "starting_after" });
  return date;
}

/** Newest first unless `sort` is given; filters combine with AND; `metadata` pairs must all match. */
export async function listSubscriptions(_ctx: Ctx, query: ListSubscriptionsQuery): Promise<ListResponse<SubscriptionDto>> {
  const spec = query.sort ? parseSort<keyof typeof SORT_FIELDS>(query.sort) : undefined;
  const order: SubscriptionOrder | undefined = spec && { field: SORT_FIELDS[spec.field], direction: spec.direction };
  const cursor = query.sort && query.starting_after ? decodeKeysetCursor(query.starting_after, query.sort) : undefined;
  const rows = await selectSubscriptions(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    order,
    after: cursor && { key: keyOf(cursor.key), id: cursor.id },
    filters: {
      customerId: query.customer_id,
      planId: query.plan_id,
      status: query.status ? (query.status.toUpperCase() as SubscriptionStatus) : undefined,
      metadata: query.metadata,
      q: query.q,
      renewsFrom: query.renews_from,
      renewsBefore: query.renews_before,
    },
  });
  const cursorOf = (row: SubscriptionRow) =>
    query.sort && order ? encodeKeysetCursor({ sort: query.sort, key: row[order.field]?.toISOString() ?? "", id: row.id }) : row.id;
  return toPage(rows, query.limit, cursorOf, toSubscriptionDto);
}
