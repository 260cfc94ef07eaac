import "server-only";
import { prisma } from "../../db/client";
import { listProductFamilies as selectFamilies } from "../../db/product-families";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListProductFamiliesQuery, ProductFamilyDto } from "../../schemas/product-family";
import type { Ctx } from "../context";
import { toProductFamilyDto } from "./dto";
import { toCatalogOrder } from "./shared";

export async function listProductFamilies(_ctx: Ctx, query: ListProductFamiliesQuery): Promise<ListResponse<ProductFamilyDto>> {
  const rows = await selectFamilies(
    prisma(),
    { limit: query.limit + 1, startingAfter: query.starting_after, order: toCatalogOrder(query.sort) },
    { q: query.q, status: query.status },
  );
  return toPage(rows, query.limit, (row) => row.id, toProductFamilyDto);
}
