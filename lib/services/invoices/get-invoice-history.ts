import "server-only";
import { listAuditLogsForResource } from "../../db/audit-log";
import { prisma } from "../../db/client";
import type { ListResponse } from "../../schemas/common";
import type { InvoiceEventDto } from "../../schemas/invoice";
import type { Ctx } from "../context";
import { findInvoiceOrThrow } from "./get-invoice";

/** What happened to the invoice, oldest first, from the audit log (creation, edits, finalization, payments, credit notes, void). */
export async function getInvoiceHistory(_ctx: Ctx, invoiceId: string): Promise<ListResponse<InvoiceEventDto>> {
  const db = prisma();
  await findInvoiceOrThrow(db, invoiceId);
  const rows = await listAuditLogsForResource(db, "invoice", invoiceId);
  return {
    object: "list",
    data: rows.map((row) => ({
      object: "invoice_event" as const,
      id: row.id.toString(),
      action: row.action.replace(/^invoice\./, ""),
      actor: row.actorLabel,
      details: (typeof row.details === "object" && row.details !== null && !Array.isArray(row.details) ? row.details : {}) as Record<string, unknown>,
      created_at: row.createdAt.toISOString(),
    })),
    has_more: false,
    next_cursor: null,
  };
}
