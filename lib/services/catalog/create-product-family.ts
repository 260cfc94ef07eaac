import "server-only";
import { insertProductFamily } from "../../db/product-families";
import { createId } from "../../ids";
import type { CreateProductFamilyInput, ProductFamilyDto } from "../../schemas/product-family";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toProductFamilyDto } from "./dto";
import { withUniqueCode } from "./shared";

export async function createProductFamily(ctx: Ctx, input: CreateProductFamilyInput): Promise<ProductFamilyDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const family = await withUniqueCode("product family", input.code, () =>
      insertProductFamily(tx, {
        id: createId("productFamily"),
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await recordAudit(tx, ctx, { action: "product_family.create", resourceType: "product_family", resourceId: family.id, details: { code: family.code } });
    return toProductFamilyDto(family);
  });
}
