import "server-only";
import { prisma } from "../../db/client";
import { listWebhookEvents as selectWebhookEvents } from "../../db/usage-limits";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListWebhookEventsQuery, WebhookEventDto } from "../../schemas/usage-limit";
import type { Ctx } from "../context";
import { toWebhookEventDto } from "./dto";

/** The outbox, newest first. */
export async function listWebhookEvents(_ctx: Ctx, query: ListWebhookEventsQuery): Promise<ListResponse<WebhookEventDto>> {
  const rows = await selectWebhookEvents(
    prisma(),
    { limit: query.limit + 1, startingAfter: query.starting_after },
    {
      type: query.type,
      customerId: query.customer_id,
      createdFrom: query.created_from ? new Date(query.created_from) : undefined,
      createdTo: query.created_to ? new Date(query.created_to) : undefined,
    },
  );
  return toPage(rows, query.limit, (row) => row.id, toWebhookEventDto);
}
