import "server-only";
import { prisma } from "../../db/client";
import { countGroupMembers, listCustomerGroups as selectGroups } from "../../db/customer-groups";
import type { ListResponse } from "../../schemas/common";
import { toPage } from "../../schemas/common";
import type { CustomerGroupDto, ListCustomerGroupsQuery } from "../../schemas/customer-group";
import type { Ctx } from "../context";
import { toCustomerGroupDto } from "./dto";

/** Newest first, each with its member count. */
export async function listCustomerGroups(_ctx: Ctx, query: ListCustomerGroupsQuery): Promise<ListResponse<CustomerGroupDto>> {
  const rows = await selectGroups(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    filters: { q: query.q, archived: query.status === undefined ? undefined : query.status === "archived" },
  });
  const counts = await countGroupMembers(
    prisma(),
    rows.map((row) => row.id),
  );
  return toPage(rows, query.limit, (row) => row.id, (row) => toCustomerGroupDto(row, counts.get(row.id) ?? 0));
}
