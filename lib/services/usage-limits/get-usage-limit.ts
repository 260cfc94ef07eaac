import "server-only";
import { prisma } from "../../db/client";
import { findUsageLimitById } from "../../db/usage-limits";
import { notFound } from "../../errors";
import type { UsageLimitDto } from "../../schemas/usage-limit";
import type { Ctx } from "../context";
import { describeLimits } from "./describe-limits";

export async function getUsageLimit(ctx: Ctx, limitId: string): Promise<UsageLimitDto> {
  const row = await findUsageLimitById(prisma(), limitId);
  if (!row) throw notFound("usage limit", limitId);
  return (await describeLimits(prisma(), ctx, [row]))[0]!;
}
