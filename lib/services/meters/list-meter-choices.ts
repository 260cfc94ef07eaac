import "server-only";
import { prisma } from "../../db/client";
import { listMeterChoices as selectMeterChoices } from "../../db/meters";
import type { MeterChoice } from "../../schemas/meter";
import type { Ctx } from "../context";
import { aggregationOf } from "./dto";

/**
 * Meters a usage charge may price: the active ones, plus `keepIds` (the meters a plan being edited
 * already prices, even if archived since, so its form shows them; saving then names the problem).
 */
export async function listMeterChoices(_ctx: Ctx, keepIds: string[] = []): Promise<MeterChoice[]> {
  const meters = await selectMeterChoices(prisma(), keepIds);
  return meters.map((meter) => ({
    id: meter.id,
    label: `${meter.code} — ${meter.name} (${aggregationOf(meter).replace("_", " ")})${meter.archivedAt ? " · archived" : ""}`,
    archived: meter.archivedAt !== null,
  }));
}
