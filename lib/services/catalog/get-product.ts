import "server-only";
import { prisma } from "../../db/client";
import { findProductById } from "../../db/products";
import { notFound } from "../../errors";
import type { ProductDto } from "../../schemas/product";
import type { Ctx } from "../context";
import { toProductDto } from "./dto";

export async function getProduct(_ctx: Ctx, productId: string): Promise<ProductDto> {
  const product = await findProductById(prisma(), productId);
  if (!product) throw notFound("product", productId);
  return toProductDto(product);
}
