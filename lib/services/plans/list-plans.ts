import "server-only";
import { prisma } from "../../db/client";
import { listPlans as selectPlans } from "../../db/plans";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListPlansQuery, PlanDto } from "../../schemas/plan";
import type { Ctx } from "../context";
import { toPlanDto, upper } from "./dto";

/** Newest first unless sorted by code; filters combine with AND. */
export async function listPlans(_ctx: Ctx, query: ListPlansQuery): Promise<ListResponse<PlanDto>> {
  const rows = await selectPlans(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    sort: { field: query.sort.endsWith("code") ? "code" : "id", direction: query.sort.startsWith("-") ? "desc" : "asc" },
    filters: {
      q: query.q,
      status: query.status ? upper(query.status) : undefined,
      productId: query.product_id,
      currency: query.currency,
      metadata: query.metadata,
    },
  });
  return toPage(rows, query.limit, (row) => row.id, toPlanDto);
}
