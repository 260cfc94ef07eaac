import "server-only";
import { prisma } from "../../db/client";
import { findProductFamilyById } from "../../db/product-families";
import { notFound } from "../../errors";
import type { ProductFamilyDto } from "../../schemas/product-family";
import type { Ctx } from "../context";
import { toProductFamilyDto } from "./dto";

export async function getProductFamily(_ctx: Ctx, familyId: string): Promise<ProductFamilyDto> {
  const family = await findProductFamilyById(prisma(), familyId);
  if (!family) throw notFound("product family", familyId);
  return toProductFamilyDto(family);
}
