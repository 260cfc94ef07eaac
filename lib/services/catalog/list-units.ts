import "server-only";
import { prisma } from "../../db/client";
import { listUnits as selectUnits } from "../../db/units";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListUnitsQuery, UnitDto } from "../../schemas/unit";
import type { Ctx } from "../context";
import { toUnitDto } from "./dto";
import { toCatalogOrder } from "./shared";

export async function listUnits(_ctx: Ctx, query: ListUnitsQuery): Promise<ListResponse<UnitDto>> {
  const rows = await selectUnits(
    prisma(),
    { limit: query.limit + 1, startingAfter: query.starting_after, order: toCatalogOrder(query.sort) },
    { q: query.q, status: query.status },
  );
  return toPage(rows, query.limit, (row) => row.id, toUnitDto);
}
