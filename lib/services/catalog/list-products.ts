import "server-only";
import { prisma } from "../../db/client";
import { listProducts as selectProducts } from "../../db/products";
import { toPage, type ListResponse } from "../../schemas/common";
import type { ListProductsQuery, ProductDto } from "../../schemas/product";
import type { Ctx } from "../context";
import { toProductDto } from "./dto";
import { toCatalogOrder } from "./shared";

/** Filters combine with AND; `metadata` pairs must all match. */
export async function listProducts(_ctx: Ctx, query: ListProductsQuery): Promise<ListResponse<ProductDto>> {
  const rows = await selectProducts(
    prisma(),
    { limit: query.limit + 1, startingAfter: query.starting_after, order: toCatalogOrder(query.sort) },
    { q: query.q, status: query.status, familyId: query.family_id, metadata: query.metadata },
  );
  return toPage(rows, query.limit, (row) => row.id, toProductDto);
}
