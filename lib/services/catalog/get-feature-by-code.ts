import "server-only";
import { prisma } from "../../db/client";
import { findFeatureByCode } from "../../db/features";
import { AppError } from "../../errors";
import type { FeatureDto } from "../../schemas/feature";
import type { Ctx } from "../context";
import { toFeatureDto } from "./dto";

export async function getFeatureByCode(_ctx: Ctx, code: string): Promise<FeatureDto> {
  const feature = await findFeatureByCode(prisma(), code);
  if (!feature) throw new AppError("not_found", `No feature with code '${code}'.`, { param: "code" });
  return toFeatureDto(feature);
}
