import "server-only";
import { prisma } from "../../db/client";
import { findMeterById } from "../../db/meters";
import { notFound } from "../../errors";
import type { MeterDto } from "../../schemas/meter";
import type { Ctx } from "../context";
import { toMeterDto } from "./dto";

export async function getMeter(_ctx: Ctx, meterId: string): Promise<MeterDto> {
  const meter = await findMeterById(prisma(), meterId);
  if (!meter) throw notFound("meter", meterId);
  return toMeterDto(meter);
}
