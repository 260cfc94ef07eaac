import "server-only";
import { prisma } from "../../db/client";
import { listMeters as selectMeters } from "../../db/meters";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListMetersQuery, MeterDto } from "../../schemas/meter";
import { toCatalogOrder } from "../catalog/shared";
import type { Ctx } from "../context";
import { toMeterDto } from "./dto";
import { upperAggregation } from "./shared";

/** Filters combine with AND; `metadata` pairs must all match. */
export async function listMeters(_ctx: Ctx, query: ListMetersQuery): Promise<ListResponse<MeterDto>> {
  const rows = await selectMeters(
    prisma(),
    { limit: query.limit + 1, startingAfter: query.starting_after, order: toCatalogOrder(query.sort) },
    { q: query.q, status: query.status, eventName: query.event_name, aggregation: query.aggregation ? upperAggregation(query.aggregation) : undefined, metadata: query.metadata },
  );
  return toPage(rows, query.limit, (row) => row.id, toMeterDto);
}
