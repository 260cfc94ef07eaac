import "server-only";
import { insertFeature } from "../../db/features";
import { createId } from "../../ids";
import type { CreateFeatureInput, FeatureDto } from "../../schemas/feature";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { featureTypeEnum, toFeatureDto } from "./dto";
import { withUniqueCode } from "./shared";

export async function createFeature(ctx: Ctx, input: CreateFeatureInput): Promise<FeatureDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const feature = await withUniqueCode("feature", input.code, () =>
      insertFeature(tx, {
        id: createId("feature"),
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        type: featureTypeEnum(input.type),
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await recordAudit(tx, ctx, { action: "feature.create", resourceType: "feature", resourceId: feature.id, details: { code: feature.code, type: input.type } });
    return toFeatureDto(feature);
  });
}
