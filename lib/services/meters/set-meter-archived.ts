import "server-only";
import { lockMeter, updateMeter } from "../../db/meters";
import type { MeterDto } from "../../schemas/meter";
import { setArchived } from "../catalog/shared";
import type { Ctx } from "../context";
import { toMeterDto } from "./dto";

/** An archived meter no longer makes its event name acceptable at ingestion; its usage stays readable and billable. */
export const setMeterArchived = (ctx: Ctx, meterId: string, archived: boolean): Promise<MeterDto> =>
  setArchived(ctx, { resourceType: "meter", resource: "meter", lock: lockMeter, update: updateMeter, toDto: toMeterDto }, meterId, archived);
