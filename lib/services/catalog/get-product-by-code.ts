import "server-only";
import { prisma } from "../../db/client";
import { findProductByCode } from "../../db/products";
import { AppError } from "../../errors";
import type { ProductDto } from "../../schemas/product";
import type { Ctx } from "../context";
import { toProductDto } from "./dto";

export async function getProductByCode(_ctx: Ctx, code: string): Promise<ProductDto> {
  const product = await findProductByCode(prisma(), code);
  if (!product) throw new AppError("not_found", `No product with code '${code}'.`, { param: "code" });
  return toProductDto(product);
}
