import "server-only";
import { prisma } from "../../db/client";
import { findProductFamilyByCode } from "../../db/product-families";
import { AppError } from "../../errors";
import type { ProductFamilyDto } from "../../schemas/product-family";
import type { Ctx } from "../context";
import { toProductFamilyDto } from "./dto";

export async function getProductFamilyByCode(_ctx: Ctx, code: string): Promise<ProductFamilyDto> {
  const family = await findProductFamilyByCode(prisma(), code);
  if (!family) throw new AppError("not_found", `No product family with code '${code}'.`, { param: "code" });
  return toProductFamilyDto(family);
}
