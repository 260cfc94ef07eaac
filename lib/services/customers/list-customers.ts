import "server-only";
import { prisma } from "../../db/client";
import { listCustomers as selectCustomers, type CustomerOrder, type CustomerRow, type CustomerSortField } from "../../db/customers";
import { AppError } from "../../errors";
import { decodeKeysetCursor, encodeKeysetCursor, parseSort } from "../../pagination/keyset-cursor";
import { toPage, type ListResponse } from "../../schemas/common";
import type { CustomerDto, CustomerSort, ListCustomersQuery } from "../../schemas/customer";
import type { Ctx } from "../context";
import { customerStatusEnum, toCustomerDto } from "./dto";

const SORT_FIELDS = { name: "name", created_at: "createdAt", account_number: "accountNumber" } as const satisfies Record<string, CustomerSortField>;

function sortKey(row: CustomerRow, field: CustomerSortField): string | number {
  if (field === "createdAt") return row.createdAt.toISOString();
  return row[field];
}

/** A cursor's key must have its column's type (a tampered cursor is a 400, not a database error). */
function assertKeyFits(field: CustomerSortField, key: string | number): void {
  const fits = field === "accountNumber" ? Number.isInteger(key) : typeof key === "string" && (field !== "createdAt" || !Number.isNaN(Date.parse(key)));
  if (!fits) throw new AppError("invalid_request", "starting_after is not a cursor for this list (malformed).", { param: "starting_after" });
}

/** Newest first unless `sort` is given; filters combine with AND; `metadata` pairs must all match. */
export async function listCustomers(_ctx: Ctx, query: ListCustomersQuery): Promise<ListResponse<CustomerDto>> {
  const sort: CustomerSort | undefined = query.sort;
  const spec = sort ? parseSort<keyof typeof SORT_FIELDS>(sort) : undefined;
  const order: CustomerOrder | undefined = spec && { field: SORT_FIELDS[spec.field], direction: spec.direction };
  const after = sort && query.starting_after ? decodeKeysetCursor(query.starting_after, sort) : undefined;
  if (order && after) assertKeyFits(order.field, after.key);
  const rows = await selectCustomers(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    order,
    after,
    filters: {
      q: query.q,
      status: query.status ? customerStatusEnum(query.status) : undefined,
      country: query.country,
      externalRef: query.external_ref,
      groupId: query.group_id,
      metadata: query.metadata,
    },
  });
  const cursorOf = (row: CustomerRow) => (sort && order ? encodeKeysetCursor({ sort, key: sortKey(row, order.field), id: row.id }) : row.id);
  return toPage(rows, query.limit, cursorOf, toCustomerDto);
}
