import "server-only";
import { prisma } from "../../db/client";
import { findCreditNoteById } from "../../db/credit-notes";
import { notFound } from "../../errors";
import type { CreditNoteDto } from "../../schemas/credit-note";
import type { Ctx } from "../context";
import { toCreditNoteDto } from "./dto";

export async function getCreditNote(_ctx: Ctx, creditNoteId: string): Promise<CreditNoteDto> {
  const row = await findCreditNoteById(prisma(), creditNoteId);
  if (!row) throw notFound("credit note", creditNoteId);
  return toCreditNoteDto(row);
}
