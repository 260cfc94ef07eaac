import "server-only";
import { prisma } from "../../db/client";
import { listMeterCharges as selectMeterCharges } from "../../db/meters";
import type { MeterChargeUse } from "../../schemas/meter";
import type { Ctx } from "../context";
import { getMeter } from "./get-meter";

/** The plan charges pricing a meter (404 for an unknown meter): while there is one, how it aggregates is frozen. */
export async function listMeterCharges(ctx: Ctx, meterId: string): Promise<MeterChargeUse[]> {
  await getMeter(ctx, meterId);
  const charges = await selectMeterCharges(prisma(), meterId);
  return charges.map(({ key, name, planVersion: { id: versionId, version, plan } }) => ({
    plan_id: plan.id,
    plan_code: plan.code,
    plan_name: plan.name,
    plan_status: plan.status.toLowerCase() as MeterChargeUse["plan_status"],
    version,
    current: plan.currentVersionId === versionId,
    charge_key: key,
    charge_name: name,
  }));
}
