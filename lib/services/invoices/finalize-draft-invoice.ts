import "server-only";
import type { InvoiceDto } from "../../schemas/invoice";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { finalizeDraftInTx } from "./draft-lines";
import { toInvoiceDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/** Finalizes a draft now: number, parties, due date and credit balance (see finalizeInvoiceInTx). */
export async function finalizeDraftInvoice(ctx: Ctx, invoiceId: string): Promise<InvoiceDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    await finalizeDraftInTx(tx, ctx, invoiceId);
    return toInvoiceDto(await findInvoiceOrThrow(tx, invoiceId), ctx.now);
  });
}
