import "server-only";
import { updateInvoiceFields } from "../../db/invoice-records";
import type { InvoiceDto, UpdateInvoiceInput } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { lockDraft } from "./draft-lines";
import { toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/** A draft's memo and due date (null: the payment terms decide at finalization). */
export async function updateInvoice(ctx: Ctx, invoiceId: string, input: UpdateInvoiceInput): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    await lockDraft(tx, invoiceId, "be edited");
    await updateInvoiceFields(tx, invoiceId, {
      ...(input.memo !== undefined ? { memo: input.memo || null } : {}),
      ...(input.due_date !== undefined ? { dueAt: input.due_date } : {}),
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: "invoice.update",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { fields: Object.keys(input) },
    });
    return toInvoiceDto(await findInvoiceOrThrow(tx, invoiceId), ctx.now);
  });
}
