import "server-only";
import { prisma } from "../../db/client";
import { listInvoiceRecords, sumInvoices, type InvoiceFilters, type InvoiceOrder, type InvoiceRecord } from "../../db/invoice-records";
import { AppError } from "../../errors";
import { decodeKeysetCursor, encodeKeysetCursor, parseSort } from "../../pagination/keyset-cursor";
import { toPage } from "../../schemas/common";
import type { InvoiceListDto, InvoiceSort, ListInvoicesQuery } from "../../schemas/invoice";
import type { Ctx } from "../context";
import { invoiceStatusEnum, minorNumber, toInvoiceDto } from "./dto";

const SORT_FIELDS = { issued_at: "issuedAt", total: "totalMinor" } as const;
const DEFAULT_SORT: InvoiceSort = "-issued_at";

const keyOf = (row: InvoiceRecord, field: InvoiceOrder["field"]) => (field === "issuedAt" ? row.issuedAt.toISOString() : row.totalMinor.toString());

/** A cursor's key must fit its column (a tampered cursor is a 400, not a database error). */
function keysetKey(field: InvoiceOrder["field"], key: string | number): Date | bigint {
  if (typeof key === "string" && field === "issuedAt" && !Number.isNaN(Date.parse(key))) return new Date(key);
  if (typeof key === "string" && field === "totalMinor" && /^-?\d+$/.test(key)) return BigInt(key);
  throw new AppError("invalid_request", "starting_after is not a cursor for this list (malformed).", { param: "starting_after" });
}

/**
 * Invoices, newest first unless sorted otherwise, with cursor pagination; filters combine with AND.
 * `totals` sums every matching invoice per currency (the console's table footer).
 */
export async function listInvoices(ctx: Ctx, query: ListInvoicesQuery): Promise<InvoiceListDto> {
  const sort = query.sort ?? DEFAULT_SORT;
  const spec = parseSort<keyof typeof SORT_FIELDS>(sort);
  const order: InvoiceOrder = { field: SORT_FIELDS[spec.field], direction: spec.direction };
  const cursor = query.starting_after ? decodeKeysetCursor(query.starting_after, sort) : undefined;
  const filters: InvoiceFilters = {
    status: query.status ? invoiceStatusEnum(query.status) : undefined,
    customerId: query.customer_id,
    subscriptionId: query.subscription_id,
    issuedFrom: query.issued_from,
    issuedTo: query.issued_to,
    overdue: query.overdue === undefined ? undefined : { value: query.overdue, now: ctx.now },
    numberContains: query.q,
  };
  const db = prisma();
  const [rows, totals] = await Promise.all([
    listInvoiceRecords(db, { limit: query.limit + 1, order, after: cursor && { key: keysetKey(order.field, cursor.key), id: cursor.id }, filters }),
    sumInvoices(db, filters),
  ]);
  const page = toPage(rows, query.limit, (row) => encodeKeysetCursor({ sort, key: keyOf(row, order.field), id: row.id }), (row) => toInvoiceDto(row, ctx.now));
  return {
    ...page,
    totals: totals.map((row) => ({
      currency: row.currency,
      count: row.count,
      total: minorNumber(row.totalMinor),
      amount_due: minorNumber(row.amountDueMinor),
      amount_paid: minorNumber(row.amountPaidMinor),
      amount_remaining: minorNumber(row.amountDueMinor - row.amountPaidMinor),
    })),
  };
}
