import "server-only";
import { prisma } from "../../db/client";
import { listInvoicePayments as selectPayments } from "../../db/invoice-records";
import type { ListResponse } from "../../schemas/common";
import type { PaymentDto } from "../../schemas/invoice";
import type { Ctx } from "../context";
import { toPaymentDto } from "./dto";
import { findInvoiceOrThrow } from "./get-invoice";

/** Payments and refunds of one invoice, oldest first (an invoice has few: no pagination). */
export async function listInvoicePayments(_ctx: Ctx, invoiceId: string): Promise<ListResponse<PaymentDto>> {
  const db = prisma();
  await findInvoiceOrThrow(db, invoiceId);
  const rows = await selectPayments(db, invoiceId);
  return { object: "list", data: rows.map(toPaymentDto), has_more: false, next_cursor: null };
}
