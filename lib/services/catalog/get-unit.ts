import "server-only";
import { prisma } from "../../db/client";
import { findUnitById } from "../../db/units";
import { notFound } from "../../errors";
import type { UnitDto } from "../../schemas/unit";
import type { Ctx } from "../context";
import { toUnitDto } from "./dto";

export async function getUnit(_ctx: Ctx, unitId: string): Promise<UnitDto> {
  const unit = await findUnitById(prisma(), unitId);
  if (!unit) throw notFound("unit", unitId);
  return toUnitDto(unit);
}
