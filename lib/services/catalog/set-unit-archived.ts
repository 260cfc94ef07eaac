import "server-only";
import { lockUnit, updateUnit } from "../../db/units";
import type { UnitDto } from "../../schemas/unit";
import type { Ctx } from "../context";
import { toUnitDto } from "./dto";
import { setArchived } from "./shared";

/** Archived units stay on the charges that count in them but are read-only until unarchived. */
export const setUnitArchived = (ctx: Ctx, unitId: string, archived: boolean): Promise<UnitDto> =>
  setArchived(ctx, { resourceType: "unit", resource: "unit", lock: lockUnit, update: updateUnit, toDto: toUnitDto }, unitId, archived);
