import "server-only";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { insertManualInvoice } from "../../db/invoice-records";
import { createId } from "../../ids";
import { EMPTY_INVOICE_SUMMARY } from "../../invoices/stored-invoice";
import type { CreateInvoiceInput, InvoiceDto } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { lockWritableCustomer } from "../customers/shared";
import { inTransaction } from "../transaction";
import { amountsOfLines, finalizeDraftInTx, priceLines, resolveLines, taxContextOf } from "./draft-lines";
import { toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/**
 * A one-off invoice: a draft (to review, edit, then finalize) or, with `finalize`, finalized at
 * once. Lines are priced through the engine; the invoice's amounts are the sums of its lines.
 */
export async function createInvoice(ctx: Ctx, input: CreateInvoiceInput): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockWritableCustomer(tx, input.customer_id);
    const taxes = await taxContextOf(tx, customer.id);
    const manual = await resolveLines(tx, input.currency, input.lines, taxes, (index) => `lines[${index}]`);
    const priced = priceLines(input.currency, manual, taxes.customer, 0, ctx.now);
    const id = createId("invoice", ctx.now.getTime());
    await insertManualInvoice(
      tx,
      {
        id,
        customerId: customer.id,
        currency: input.currency,
        locale: effectiveCustomerSettings(customer, customer.group).locale,
        memo: input.memo || null,
        dueAt: input.due_date ?? null,
        issuedAt: ctx.now,
      },
      await amountsOfLines(tx, priced.lines, EMPTY_INVOICE_SUMMARY, priced.notes),
      priced.lines,
    );
    await recordAudit(tx, ctx, {
      action: "invoice.create",
      resourceType: "invoice",
      resourceId: id,
      details: { customer_id: customer.id, currency: input.currency, lines: priced.lines.length },
    });
    if (input.finalize) await finalizeDraftInTx(tx, ctx, id);
    return toInvoiceDto(await findInvoiceOrThrow(tx, id), ctx.now);
  });
}
