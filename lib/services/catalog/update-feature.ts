import "server-only";
import { countFeatureGrants, lockFeature, updateFeature as storeFeature, type FeatureData } from "../../db/features";
import type { FeatureDto, UpdateFeatureInput } from "../../schemas/feature";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { featureTypeEnum, toFeatureDto } from "./dto";
import { assertUnreferenced, lockWritable, withUniqueCode } from "./shared";

/** PATCH: only the fields present change. A plan's grant reads the type (flag or limit), so type freezes once granted. */
export async function updateFeature(ctx: Ctx, featureId: string, input: UpdateFeatureInput): Promise<FeatureDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const feature = await lockWritable(tx, "feature", featureId, lockFeature);
    const grants = () => countFeatureGrants(tx, feature.id);
    await assertUnreferenced("type", input.type !== undefined && featureTypeEnum(input.type) !== feature.type, grants, "plan version(s)");
    await assertUnreferenced("code", input.code !== undefined && input.code !== feature.code, grants, "plan version(s)");
    const data: Partial<FeatureData> = {};
    if (input.code !== undefined) data.code = input.code;
    if (input.name !== undefined) data.name = input.name;
    if (input.description !== undefined) data.description = input.description;
    if (input.type !== undefined) data.type = featureTypeEnum(input.type);
    const updated = await withUniqueCode("feature", input.code, () => storeFeature(tx, feature.id, { ...data, updatedAt: ctx.now }));
    await recordAudit(tx, ctx, { action: "feature.update", resourceType: "feature", resourceId: feature.id, details: { fields: Object.keys(input).sort() } });
    return toFeatureDto(updated);
  });
}
