import "server-only";
import { prisma } from "../../db/client";
import { listUsageEvents as selectUsageEvents, type UsageEventRow } from "../../db/usage-events";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListUsageEventsQuery, UsageEventDto } from "../../schemas/usage-event";
import type { Ctx } from "../context";

export const toUsageEventDto = (row: UsageEventRow): UsageEventDto => ({
  object: "usage_event",
  transaction_id: row.transactionId,
  customer_id: row.customerId,
  event_name: row.eventName,
  timestamp: row.timestamp.toISOString(),
  properties: (row.properties ?? {}) as Record<string, unknown>,
  received_at: row.receivedAt.toISOString(),
  counted: row.uncountedReason === null,
  not_counted_reason: row.uncountedReason,
});

/** Raw events, newest first by timestamp, for debugging and the live stream; filters combine with AND. */
export async function listUsageEvents(_ctx: Ctx, query: ListUsageEventsQuery): Promise<ListResponse<UsageEventDto>> {
  const rows = await selectUsageEvents(
    prisma(),
    {
      customerId: query.customer_id,
      eventName: query.event_name,
      transactionId: query.transaction_id,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      counted: query.counted === undefined ? undefined : query.counted === "true",
    },
    { limit: query.limit + 1, startingAfter: query.starting_after },
  );
  return toPage(rows, query.limit, (row) => row.transactionId, toUsageEventDto);
}
