import "server-only";
import { creditedOnInvoice } from "../../db/credit-notes";
import { insertBalanceTransactions } from "../../db/invoices";
import { balanceAppliedToInvoice, lockInvoiceRecord, updateInvoiceFields } from "../../db/invoice-records";
import { AppError, notFound } from "../../errors";
import { createId } from "../../ids";
import type { InvoiceDto, VoidInvoiceInput } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/**
 * Voids an open or uncollectible invoice nothing was paid on: it keeps its number (numbering stays
 * gap-free) and the credit balance it used goes back to the customer. A draft is deleted instead;
 * money received is settled with a credit note.
 */
export async function voidInvoice(ctx: Ctx, invoiceId: string, input: VoidInvoiceInput): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const invoice = await lockInvoiceRecord(tx, invoiceId);
    if (!invoice) throw notFound("invoice", invoiceId);
    if (invoice.status !== "OPEN" && invoice.status !== "UNCOLLECTIBLE") {
      const hint = invoice.status === "DRAFT" ? " Delete the draft instead." : invoice.status === "PAID" ? " Issue a credit note instead." : "";
      throw new AppError("invalid_state", `This invoice is ${invoice.status.toLowerCase()}; only open or uncollectible invoices can be voided.${hint}`);
    }
    if (invoice.amountPaidMinor > 0n) {
      throw new AppError("invalid_state", "This invoice is partially paid; an invoice with payments cannot be voided. Issue a credit note instead.");
    }
    // A credit note already gave back (part of) what the invoice asked; voiding on top would count it twice.
    if ((await creditedOnInvoice(tx, invoiceId)) > 0n) {
      throw new AppError("invalid_state", "This invoice has credit notes; credit what remains with another credit note instead of voiding it.");
    }
    const released = await balanceAppliedToInvoice(tx, invoiceId);
    if (released > 0n) {
      await insertBalanceTransactions(tx, [{
        id: createId("balanceTransaction", ctx.now.getTime()),
        customerId: invoice.customerId,
        currency: invoice.currency,
        amountMinor: released,
        type: "INVOICE_APPLIED",
        invoiceId,
        description: `Credit released: invoice ${invoice.number} voided`,
        createdAt: ctx.now,
      }]);
    }
    await updateInvoiceFields(tx, invoiceId, { status: "VOID", voidedAt: ctx.now, voidReason: input.reason, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: "invoice.void",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { number: invoice.number, from: invoice.status.toLowerCase(), reason: input.reason, credit_released: released.toString() },
    });
    return toInvoiceDto(await findInvoiceOrThrow(tx, invoiceId), ctx.now);
  });
}
