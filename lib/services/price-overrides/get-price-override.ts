import "server-only";
import { prisma } from "../../db/client";
import { findPriceOverrideById } from "../../db/price-overrides";
import { notFound } from "../../errors";
import type { PriceOverrideDto } from "../../schemas/price-override";
import type { Ctx } from "../context";
import { toPriceOverrideDto } from "./dto";

export async function getPriceOverride(_ctx: Ctx, overrideId: string): Promise<PriceOverrideDto> {
  const override = await findPriceOverrideById(prisma(), overrideId);
  if (!override) throw notFound("price override", overrideId);
  return toPriceOverrideDto(override);
}
