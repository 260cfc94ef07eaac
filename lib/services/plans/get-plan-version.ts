import "server-only";
import { prisma } from "../../db/client";
import { findPlanById, findPlanVersion } from "../../db/plans";
import { AppError, notFound } from "../../errors";
import type { PlanVersionDto } from "../../schemas/plan";
import type { Ctx } from "../context";
import { toPlanVersionDto } from "./dto";

export async function getPlanVersion(_ctx: Ctx, planId: string, version: number): Promise<PlanVersionDto> {
  const db = prisma();
  if (!(await findPlanById(db, planId))) throw notFound("plan", planId);
  const row = await findPlanVersion(db, planId, version);
  if (!row) throw new AppError("not_found", `Plan ${planId} has no version ${version}.`, { param: "version" });
  return toPlanVersionDto(row);
}
