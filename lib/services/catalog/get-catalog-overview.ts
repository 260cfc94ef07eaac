import "server-only";
import { countCatalog } from "../../db/catalog-overview";
import { prisma } from "../../db/client";
import type { Ctx } from "../context";

export type CatalogOverview = Awaited<ReturnType<typeof countCatalog>>;

/** How many live objects each catalogue section holds (archived ones are not counted). */
export async function getCatalogOverview(_ctx: Ctx): Promise<CatalogOverview> {
  return countCatalog(prisma());
}
