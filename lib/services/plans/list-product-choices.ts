import "server-only";
import { prisma } from "../../db/client";
import { listProductChoices as selectProducts } from "../../db/plans";
import type { ProductChoice } from "../../schemas/plan";
import type { Ctx } from "../context";


/** Products a plan may belong to (unarchived), labelled "Name (code)". */
export async function listProductChoices(_ctx: Ctx): Promise<ProductChoice[]> {
  return (await selectProducts(prisma())).map((product) => ({ id: product.id, label: `${product.name} (${product.code})` }));
}
