import "server-only";
import { prisma } from "../../db/client";
import { findUnitByCode } from "../../db/units";
import { AppError } from "../../errors";
import type { UnitDto } from "../../schemas/unit";
import type { Ctx } from "../context";
import { toUnitDto } from "./dto";

export async function getUnitByCode(_ctx: Ctx, code: string): Promise<UnitDto> {
  const unit = await findUnitByCode(prisma(), code);
  if (!unit) throw new AppError("not_found", `No unit with code '${code}'.`, { param: "code" });
  return toUnitDto(unit);
}
