import "server-only";
import { lockPlan, updatePlan } from "../../db/plans";
import type { PlanStatus } from "../../db/generated/enums";
import { AppError, notFound } from "../../errors";
import type { PlanDto } from "../../schemas/plan";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { planDto } from "./shared";

export type PlanStatusChange = "activate" | "deactivate" | "archive";

/** draft → active ⇄ inactive; any but archived → archived (final). */
const TRANSITIONS: Record<PlanStatusChange, { from: PlanStatus[]; to: PlanStatus }> = {
  activate: { from: ["DRAFT", "INACTIVE"], to: "ACTIVE" },
  deactivate: { from: ["ACTIVE"], to: "INACTIVE" },
  archive: { from: ["DRAFT", "ACTIVE", "INACTIVE"], to: "ARCHIVED" },
};

export async function setPlanStatus(ctx: Ctx, planId: string, change: PlanStatusChange): Promise<PlanDto> {
  assertCanWrite(ctx);
  const { from, to } = TRANSITIONS[change];
  return inTransaction(async (tx) => {
    const plan = await lockPlan(tx, planId);
    if (!plan?.currentVersion) throw notFound("plan", planId);
    if (!from.includes(plan.status)) throw new AppError("invalid_state", `Cannot ${change} a plan that is ${plan.status.toLowerCase()}.`);
    if (change === "activate" && plan.currentVersion.charges.length === 0) {
      throw new AppError("unprocessable", "Add at least one charge before activating the plan.", { param: "charges" });
    }
    await updatePlan(tx, plan.id, { status: to, ...(to === "ARCHIVED" ? { archivedAt: ctx.now } : {}), updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: `plan.${change}`,
      resourceType: "plan",
      resourceId: plan.id,
      details: { from: plan.status.toLowerCase(), to: to.toLowerCase() },
    });
    return planDto(tx, plan.id);
  });
}
