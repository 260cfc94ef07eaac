import "server-only";
import { prisma } from "../../db/client";
import { findFeatureById } from "../../db/features";
import { notFound } from "../../errors";
import type { FeatureDto } from "../../schemas/feature";
import type { Ctx } from "../context";
import { toFeatureDto } from "./dto";

export async function getFeature(_ctx: Ctx, featureId: string): Promise<FeatureDto> {
  const feature = await findFeatureById(prisma(), featureId);
  if (!feature) throw notFound("feature", featureId);
  return toFeatureDto(feature);
}
