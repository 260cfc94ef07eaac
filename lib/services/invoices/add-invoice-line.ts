import "server-only";
import { insertInvoiceLine } from "../../db/invoice-records";
import { AppError } from "../../errors";
import type { InvoiceDto, InvoiceLineInput } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { lockDraft, priceLines, refreshDraftAmounts, resolveLines, taxContextOf } from "./draft-lines";
import { toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

const MAX_LINES = 100;

/** Adds a manual line at the end of a draft; the draft's amounts follow. */
export async function addInvoiceLine(ctx: Ctx, invoiceId: string, input: InvoiceLineInput): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const draft = await lockDraft(tx, invoiceId, "have its lines edited");
    if (draft.lines.length >= MAX_LINES) throw new AppError("unprocessable", `An invoice takes at most ${MAX_LINES} lines.`);
    const taxes = await taxContextOf(tx, draft.customerId);
    const [manual] = await resolveLines(tx, draft.currency, [input], taxes, () => "");
    const position = Math.max(-1, ...draft.lines.map((line) => line.position)) + 1;
    const priced = priceLines(draft.currency, [manual!], taxes.customer, position, ctx.now);
    const line = priced.lines[0]!;
    await insertInvoiceLine(tx, invoiceId, line);
    await refreshDraftAmounts(tx, invoiceId, priced.notes, ctx.now);
    await recordAudit(tx, ctx, {
      action: "invoice.line_add",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { line_id: line.id, description: line.description, amount: line.amountMinor.toString() },
    });
    return toInvoiceDto(await findInvoiceOrThrow(tx, invoiceId), ctx.now);
  });
}
