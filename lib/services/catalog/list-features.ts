import "server-only";
import { prisma } from "../../db/client";
import { listFeatures as selectFeatures } from "../../db/features";
import { toPage, type ListResponse } from "../../schemas/common";
import type { FeatureDto, ListFeaturesQuery } from "../../schemas/feature";
import type { Ctx } from "../context";
import { featureTypeEnum, toFeatureDto } from "./dto";
import { toCatalogOrder } from "./shared";

export async function listFeatures(_ctx: Ctx, query: ListFeaturesQuery): Promise<ListResponse<FeatureDto>> {
  const rows = await selectFeatures(
    prisma(),
    { limit: query.limit + 1, startingAfter: query.starting_after, order: toCatalogOrder(query.sort) },
    { q: query.q, status: query.status, type: query.type ? featureTypeEnum(query.type) : undefined },
  );
  return toPage(rows, query.limit, (row) => row.id, toFeatureDto);
}
