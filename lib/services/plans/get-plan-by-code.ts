import "server-only";
import { prisma } from "../../db/client";
import { findPlanByCode } from "../../db/plans";
import { AppError } from "../../errors";
import type { PlanDto } from "../../schemas/plan";
import type { Ctx } from "../context";
import { toPlanDto } from "./dto";

export async function getPlanByCode(_ctx: Ctx, code: string): Promise<PlanDto> {
  const plan = await findPlanByCode(prisma(), code);
  if (!plan) throw new AppError("not_found", `No plan with code '${code}'.`, { param: "code" });
  return toPlanDto(plan);
}
