import "server-only";
import { lockInvoiceRecord, updateInvoiceFields } from "../../db/invoice-records";
import { AppError, notFound } from "../../errors";
import type { InvoiceDto } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/** Writes off an open invoice as bad debt; it may still be paid later (or voided if nothing was paid). */
export async function markInvoiceUncollectible(ctx: Ctx, invoiceId: string): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const invoice = await lockInvoiceRecord(tx, invoiceId);
    if (!invoice) throw notFound("invoice", invoiceId);
    if (invoice.status !== "OPEN") {
      throw new AppError("invalid_state", `This invoice is ${invoice.status.toLowerCase()}; only open invoices can be marked uncollectible.`);
    }
    await updateInvoiceFields(tx, invoiceId, { status: "UNCOLLECTIBLE", updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: "invoice.mark_uncollectible",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { number: invoice.number, amount_remaining: (invoice.amountDueMinor - invoice.amountPaidMinor).toString() },
    });
    return toInvoiceDto(await findInvoiceOrThrow(tx, invoiceId), ctx.now);
  });
}
