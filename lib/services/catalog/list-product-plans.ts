import "server-only";
import { prisma } from "../../db/client";
import { findProductById, listProductPlans as selectProductPlans } from "../../db/products";
import { notFound } from "../../errors";
import type { ListResponse } from "../../schemas/common";
import type { ProductPlanSummaryDto } from "../../schemas/product";
import type { Ctx } from "../context";
import { toProductPlanSummaryDto } from "./dto";

/** Every plan of the product, oldest first (read-only here; plans have their own resource). */
export async function listProductPlans(_ctx: Ctx, productId: string): Promise<ListResponse<ProductPlanSummaryDto>> {
  const db = prisma();
  if (!(await findProductById(db, productId))) throw notFound("product", productId);
  const plans = await selectProductPlans(db, productId);
  return { object: "list", data: plans.map(toProductPlanSummaryDto), has_more: false, next_cursor: null };
}
