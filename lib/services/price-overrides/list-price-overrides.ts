import "server-only";
import { prisma } from "../../db/client";
import { listPriceOverrides as selectOverrides } from "../../db/price-overrides";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListPriceOverridesQuery, PriceOverrideDto } from "../../schemas/price-override";
import type { Ctx } from "../context";
import { toPriceOverrideDto } from "./dto";

export async function listPriceOverrides(_ctx: Ctx, query: ListPriceOverridesQuery): Promise<ListResponse<PriceOverrideDto>> {
  const rows = await selectOverrides(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    filters: { planId: query.plan_id, chargeId: query.charge_id, customerId: query.customer_id, customerGroupId: query.customer_group_id },
  });
  return toPage(rows, query.limit, (row) => row.id, toPriceOverrideDto);
}
