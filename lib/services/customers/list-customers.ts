import "server-only";
import { prisma } from "../../db/client";
import { listCustomers as selectCustomers } from "../../db/customers";
import { toPage, type ListResponse } from "../../schemas/common";
import type { CustomerDto, ListCustomersQuery } from "../../schemas/customer";
import type { Ctx } from "../context";
import { customerStatusEnum, toCustomerDto } from "../dto";

/** Newest first; filters combine with AND; `metadata` pairs must all match. */
export async function listCustomers(_ctx: Ctx, query: ListCustomersQuery): Promise<ListResponse<CustomerDto>> {
  const rows = await selectCustomers(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    filters: {
      q: query.q,
      status: query.status ? customerStatusEnum(query.status) : undefined,
      country: query.country,
      externalRef: query.external_ref,
      metadata: query.metadata,
    },
  });
  return toPage(rows, query.limit, (row) => row.id, toCustomerDto);
}
