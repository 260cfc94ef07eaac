import "server-only";
import { countUnitCharges, lockUnit, updateUnit as storeUnit, type UnitData } from "../../db/units";
import type { UnitDto, UpdateUnitInput } from "../../schemas/unit";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toUnitDto } from "./dto";
import { assertUnreferenced, lockWritable, withUniqueCode } from "./shared";

/** PATCH: only the fields present change; null clears plural. */
export async function updateUnit(ctx: Ctx, unitId: string, input: UpdateUnitInput): Promise<UnitDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const unit = await lockWritable(tx, "unit", unitId, lockUnit);
    await assertUnreferenced("code", input.code !== undefined && input.code !== unit.code, () => countUnitCharges(tx, unit.id), "plan charge(s)");
    const data: Partial<UnitData> = {};
    if (input.code !== undefined) data.code = input.code;
    if (input.name !== undefined) data.name = input.name;
    if (input.plural !== undefined) data.plural = input.plural;
    const updated = await withUniqueCode("unit", input.code, () => storeUnit(tx, unit.id, { ...data, updatedAt: ctx.now }));
    await recordAudit(tx, ctx, { action: "unit.update", resourceType: "unit", resourceId: unit.id, details: { fields: Object.keys(input).sort() } });
    return toUnitDto(updated);
  });
}
