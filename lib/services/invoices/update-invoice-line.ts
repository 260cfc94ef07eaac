import "server-only";
import { updateInvoiceLine } from "../../db/invoice-records";
import type { StoredLineTax } from "../../invoices/stored-invoice";
import type { InvoiceDto, UpdateInvoiceLineInput } from "../../schemas/invoice";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { decimalText } from "../plans/dto";
import { inTransaction } from "../transaction";
import { findDraftLine, lockDraft, priceLines, refreshDraftAmounts, resolveLines, taxContextOf } from "./draft-lines";
import { productIdOfLine, toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/** Changes a manual line of a draft (fields not given keep their value); its amount, tax and the draft's totals follow. */
export async function updateDraftInvoiceLine(ctx: Ctx, invoiceId: string, lineId: string, input: UpdateInvoiceLineInput): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const draft = await lockDraft(tx, invoiceId, "have its lines edited");
    const line = findDraftLine(draft, lineId);
    const productId = input.product_id ?? productIdOfLine(line) ?? undefined;
    const taxes = await taxContextOf(tx, draft.customerId);
    const [manual] = await resolveLines(
      tx,
      draft.currency,
      [
        {
          description: input.description ?? (input.product_id !== undefined ? undefined : line.description),
          product_id: productId,
          quantity: input.quantity ?? decimalText(line.quantity),
          unit_amount: input.unit_amount ?? decimalText(line.unitAmount!),
          tax_rate_ids: input.tax_rate_ids ?? (line.taxes as StoredLineTax[]).map((tax) => tax.rate_id),
          period_start: input.period_start ?? line.periodStart ?? undefined,
          period_end: input.period_end ?? line.periodEnd ?? undefined,
        },
      ],
      taxes,
      () => "",
    );
    const priced = priceLines(draft.currency, [manual!], taxes.customer, line.position, ctx.now);
    const { id: _newId, position: _position, ...changed } = priced.lines[0]!;
    await updateInvoiceLine(tx, lineId, changed);
    await refreshDraftAmounts(tx, invoiceId, priced.notes, ctx.now);
    await recordAudit(tx, ctx, {
      action: "invoice.line_update",
      resourceType: "invoice",
      resourceId: invoiceId,
      details: { line_id: lineId, fields: Object.keys(input), amount: changed.amountMinor.toString() },
    });
    return toInvoiceDto(await findInvoiceOrThrow(tx, invoiceId), ctx.now);
  });
}
