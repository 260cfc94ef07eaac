import "server-only";
import { lockProductFamily, updateProductFamily } from "../../db/product-families";
import type { ProductFamilyDto } from "../../schemas/product-family";
import type { Ctx } from "../context";
import { toProductFamilyDto } from "./dto";
import { setArchived } from "./shared";

/** Archived families keep their products but take no new ones. */
export const setProductFamilyArchived = (ctx: Ctx, familyId: string, archived: boolean): Promise<ProductFamilyDto> =>
  setArchived(ctx, { resourceType: "product_family", resource: "product family", lock: lockProductFamily, update: updateProductFamily, toDto: toProductFamilyDto }, familyId, archived);
