import "server-only";
import { countProductPlans, lockProduct, updateProduct as storeProduct, type ProductData } from "../../db/products";
import type { ProductDto, UpdateProductInput } from "../../schemas/product";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { mergeMetadata } from "../metadata";
import { inTransaction } from "../transaction";
import { toProductDto } from "./dto";
import { assertFamilyAcceptsProducts } from "./product-family-ref";
import { assertUnreferenced, lockWritable, withUniqueCode } from "./shared";

/** PATCH: only the fields present change; null clears description or family_id; metadata is merged. */
export async function updateProduct(ctx: Ctx, productId: string, input: UpdateProductInput): Promise<ProductDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const product = await lockWritable(tx, "product", productId, lockProduct);
    await assertUnreferenced("code", input.code !== undefined && input.code !== product.code, () => countProductPlans(tx, product.id), "plan(s)");
    if (input.family_id && input.family_id !== product.familyId) await assertFamilyAcceptsProducts(tx, input.family_id);
    const data: Partial<ProductData> = {};
    if (input.code !== undefined) data.code = input.code;
    if (input.name !== undefined) data.name = input.name;
    if (input.description !== undefined) data.description = input.description;
    if (input.family_id !== undefined) data.familyId = input.family_id;
    if (input.metadata !== undefined) data.metadata = mergeMetadata(product.metadata, input.metadata);
    const updated = await withUniqueCode("product", input.code, () => storeProduct(tx, product.id, { ...data, updatedAt: ctx.now }));
    await recordAudit(tx, ctx, { action: "product.update", resourceType: "product", resourceId: product.id, details: { fields: Object.keys(input).sort() } });
    return toProductDto(updated);
  });
}
