import "server-only";
import { prisma } from "../../db/client";
import { listCreditNotes as selectCreditNotes } from "../../db/credit-notes";
import { toPage, type ListResponse } from "../../schemas/common";
import type { CreditNoteDto, ListCreditNotesQuery } from "../../schemas/credit-note";
import type { Ctx } from "../context";
import { toCreditNoteDto } from "./dto";

/** Newest first; filters combine with AND. */
export async function listCreditNotes(_ctx: Ctx, query: ListCreditNotesQuery): Promise<ListResponse<CreditNoteDto>> {
  const rows = await selectCreditNotes(prisma(), { limit: query.limit + 1, startingAfter: query.starting_after, invoiceId: query.invoice_id, customerId: query.customer_id });
  return toPage(rows, query.limit, (row) => row.id, toCreditNoteDto);
}
