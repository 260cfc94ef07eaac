import "server-only";
import { insertUnit } from "../../db/units";
import { createId } from "../../ids";
import type { CreateUnitInput, UnitDto } from "../../schemas/unit";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { toUnitDto } from "./dto";
import { withUniqueCode } from "./shared";

export async function createUnit(ctx: Ctx, input: CreateUnitInput): Promise<UnitDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const unit = await withUniqueCode("unit", input.code, () =>
      insertUnit(tx, { id: createId("unit"), code: input.code, name: input.name, plural: input.plural ?? null, archivedAt: null, createdAt: ctx.now }),
    );
    await recordAudit(tx, ctx, { action: "unit.create", resourceType: "unit", resourceId: unit.id, details: { code: unit.code } });
    return toUnitDto(unit);
  });
}
