import "server-only";
import { insertPayment, lockInvoiceRecord, updateInvoiceFields } from "../../db/invoice-records";
import { AppError, notFound } from "../../errors";
import { createId } from "../../ids";
import type { PaymentDto, RecordPaymentInput } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toPaymentDto } from "./dto";

/**
 * Records money received against an open (or uncollectible) invoice: at most what remains to be
 * paid. A partial payment keeps the invoice open with its amount paid; the last one makes it paid.
 */
export async function recordPayment(ctx: Ctx, invoiceId: string, input: RecordPaymentInput): Promise<PaymentDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const invoice = await lockInvoiceRecord(tx, invoiceId);
    if (!invoice) throw notFound("invoice", invoiceId);
    if (invoice.status !== "OPEN" && invoice.status !== "UNCOLLECTIBLE") {
      throw new AppError("invalid_state", `This invoice is ${invoice.status.toLowerCase()}; payments are recorded on open or uncollectible invoices only.`);
    }
    const amount = BigInt(input.amount);
    const remaining = invoice.amountDueMinor - invoice.amountPaidMinor;
    if (amount > remaining) {
      throw new AppError("unprocessable", `amount (${amount}) is more than what remains to be paid (${remaining} ${invoice.currency} minor units).`, { param: "amount" });
    }
    const payment = await insertPayment(
      tx,
      {
        id: createId("payment", ctx.now.getTime()),
        invoiceId,
        customerId: invoice.customerId,
        currency: invoice.currency,
        amountMinor: amount,
        method: input.method,
        reference: input.reference || null,
        receivedAt: input.received_at ?? ctx.now,
      },
      ctx.now,
    );
    const paidInFull = amount === remaining;
    await updateInvoiceFields(tx, invoiceId, {
      amountPaidMinor: invoice.amountPaidMinor + amount,
      ...(paidInFull ? { status: "PAID", paidAt: payment.receivedAt } : {}),
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: "invoice.payment",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { payment_id: payment.id, amount: amount.toString(), currency: invoice.currency, method: input.method, paid_in_full: paidInFull },
    });
    return toPaymentDto(payment);
  });
}
