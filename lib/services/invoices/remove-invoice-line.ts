import "server-only";
import { deleteInvoiceLine } from "../../db/invoice-records";
import type { InvoiceDto } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { findDraftLine, lockDraft, refreshDraftAmounts } from "./draft-lines";
import { toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/** Removes a manual line from a draft; the draft's totals follow. */
export async function removeInvoiceLine(ctx: Ctx, invoiceId: string, lineId: string): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const draft = await lockDraft(tx, invoiceId, "have its lines edited");
    const line = findDraftLine(draft, lineId);
    await deleteInvoiceLine(tx, lineId);
    await refreshDraftAmounts(tx, invoiceId, [], ctx.now);
    await recordAudit(tx, ctx, {
      action: "invoice.line_remove",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { line_id: lineId, description: line.description, amount: line.amountMinor.toString() },
    });
    return toInvoiceDto(await findInvoiceOrThrow(tx, invoiceId), ctx.now);
  });
}
