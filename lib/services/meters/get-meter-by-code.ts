import "server-only";
import { prisma } from "../../db/client";
import { findMeterByCode } from "../../db/meters";
import { AppError } from "../../errors";
import type { MeterDto } from "../../schemas/meter";
import type { Ctx } from "../context";
import { toMeterDto } from "./dto";

export async function getMeterByCode(_ctx: Ctx, code: string): Promise<MeterDto> {
  const meter = await findMeterByCode(prisma(), code);
  if (!meter) throw new AppError("not_found", `No meter with code '${code}'.`, { param: "code" });
  return toMeterDto(meter);
}
