import "server-only";
import { prisma } from "../../db/client";
import { findPlanById, listPlanVersions as selectVersions } from "../../db/plans";
import { notFound } from "../../errors";
import type { ListResponse } from "../../schemas/common";
import type { PlanVersionDto } from "../../schemas/plan";
import type { Ctx } from "../context";
import { toPlanVersionDto } from "./dto";

/** Every version of a plan, newest first (a plan has few: no pagination). */
export async function listPlanVersions(_ctx: Ctx, planId: string): Promise<ListResponse<PlanVersionDto>> {
  const db = prisma();
  if (!(await findPlanById(db, planId))) throw notFound("plan", planId);
  return { object: "list", data: (await selectVersions(db, planId)).map(toPlanVersionDto), has_more: false, next_cursor: null };
}

