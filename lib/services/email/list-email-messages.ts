import "server-only";
import { prisma } from "../../db/client";
import { listEmailMessages as listEmailMessageRecords } from "../../db/invoice-documents";
import type { ListResponse } from "../../schemas/common";
import type { EmailMessageDto, ListEmailMessagesQuery } from "../../schemas/invoice-document";
import type { Ctx } from "../context";
import { toEmailMessageDto } from "./dto";

/** The outbox: every mail Billow sent or recorded, newest first (every actor may read it). */
export async function listEmailMessages(_ctx: Ctx, query: ListEmailMessagesQuery): Promise<ListResponse<EmailMessageDto>> {
  const { messages, hasMore } = await listEmailMessageRecords(prisma(), { invoiceId: query.invoice_id, limit: query.limit, startingAfter: query.starting_after });
  const data = messages.map(toEmailMessageDto);
  return { object: "list", data, has_more: hasMore, next_cursor: hasMore ? data[data.length - 1]!.id : null };
}
