import "server-only";
import { prisma } from "../../db/client";
import type { PlanDto } from "../../schemas/plan";
import type { Ctx } from "../context";
import { planDto } from "./shared";

export async function getPlan(_ctx: Ctx, planId: string): Promise<PlanDto> {
  return planDto(prisma(), planId);
}
