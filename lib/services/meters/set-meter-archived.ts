import "server-only";
import { lockMeter, updateMeter } from "../../db/meters";
import type { MeterDto } from "../../schemas/meter";
import { setArchived } from "../catalog/shared";
import type { Ctx } from "../context";
import { forgetActiveMeters } from "./active-meters";
import { toMeterDto } from "./dto";

/** An archived meter no longer makes its event name acceptable at ingestion; its usage stays readable and billable. */
export async function setMeterArchived(ctx: Ctx, meterId: string, archived: boolean): Promise<MeterDto> {
  const dto = await setArchived(ctx, { resourceType: "meter", resource: "meter", lock: lockMeter, update: updateMeter, toDto: toMeterDto }, meterId, archived);
  forgetActiveMeters();
  return dto;
}
