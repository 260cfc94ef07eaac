import "server-only";
import { insertProduct } from "../../db/products";
import { createId } from "../../ids";
import type { CreateProductInput, ProductDto } from "../../schemas/product";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toProductDto } from "./dto";
import { assertFamilyAcceptsProducts } from "./product-family-ref";
import { withUniqueCode } from "./shared";

export async function createProduct(ctx: Ctx, input: CreateProductInput): Promise<ProductDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    if (input.family_id !== undefined) await assertFamilyAcceptsProducts(tx, input.family_id);
    const product = await withUniqueCode("product", input.code, () =>
      insertProduct(tx, {
        id: createId("product"),
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        familyId: input.family_id ?? null,
        metadata: input.metadata,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await recordAudit(tx, ctx, { action: "product.create", resourceType: "product", resourceId: product.id, details: { code: product.code, family_id: product.familyId } });
    return toProductDto(product);
  });
}
