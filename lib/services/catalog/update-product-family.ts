import "server-only";
import { countFamilyProducts, lockProductFamily, updateProductFamily as storeFamily, type ProductFamilyData } from "../../db/product-families";
import type { ProductFamilyDto, UpdateProductFamilyInput } from "../../schemas/product-family";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toProductFamilyDto } from "./dto";
import { assertUnreferenced, lockWritable, withUniqueCode } from "./shared";

/** PATCH: only the fields present change; null clears description. */
export async function updateProductFamily(ctx: Ctx, familyId: string, input: UpdateProductFamilyInput): Promise<ProductFamilyDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const family = await lockWritable(tx, "product family", familyId, lockProductFamily);
    const codeChanges = input.code !== undefined && input.code !== family.code;
    await assertUnreferenced("code", codeChanges, () => countFamilyProducts(tx, family.id), "product(s)");
    const data: Partial<ProductFamilyData> = {};
    if (input.code !== undefined) data.code = input.code;
    if (input.name !== undefined) data.name = input.name;
    if (input.description !== undefined) data.description = input.description;
    const updated = await withUniqueCode("product family", input.code, () => storeFamily(tx, family.id, { ...data, updatedAt: ctx.now }));
    await recordAudit(tx, ctx, { action: "product_family.update", resourceType: "product_family", resourceId: family.id, details: { fields: Object.keys(input).sort() } });
    return toProductFamilyDto(updated);
  });
}
