import "server-only";
import { prisma } from "../../db/client";
import { findInvoiceRecord, type InvoiceRecord } from "../../db/invoice-records";
import type { Db } from "../../db/types";
import { notFound } from "../../errors";
import type { InvoiceDto } from "../../schemas/invoice";
import type { Ctx } from "../context";
import { toInvoiceDto } from "./dto";

export async function findInvoiceOrThrow(db: Db, invoiceId: string): Promise<InvoiceRecord> {
  const row = await findInvoiceRecord(db, invoiceId);
  if (!row) throw notFound("invoice", invoiceId);
  return row;
}

/** The invoice with its lines, as stored. */
export async function getInvoice(ctx: Ctx, invoiceId: string): Promise<InvoiceDto> {
  return toInvoiceDto(await findInvoiceOrThrow(prisma(), invoiceId), ctx.now);
}
