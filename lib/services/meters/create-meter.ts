import "server-only";
import { insertMeter } from "../../db/meters";
import { createId } from "../../ids";
import type { CreateMeterInput, MeterDto } from "../../schemas/meter";
import { recordAudit } from "../audit";
import { withUniqueCode } from "../catalog/shared";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { rebuildMeterRollups } from "../usage/roll-up-usage";
import { forgetActiveMeters } from "./active-meters";
import { toMeterDto } from "./dto";
import { assertPropertyFits, upperAggregation } from "./shared";

/** A new meter also counts the events of its name already stored (its rollups are built at once). */
export async function createMeter(ctx: Ctx, input: CreateMeterInput): Promise<MeterDto> {
  assertCanWrite(ctx);
  const property = input.property ?? null;
  assertPropertyFits(input.aggregation, property);
  const created = await inTransaction(async (tx) => {
    const meter = await withUniqueCode("meter", input.code, () =>
      insertMeter(tx, {
        id: createId("meter"),
        code: input.code,
        name: input.name,
        description: input.description ?? null,
        eventName: input.event_name,
        aggregation: upperAggregation(input.aggregation),
        property,
        filters: input.filters,
        groupBy: input.group_by,
        ingestRules: input.ingest_rules,
        metadata: input.metadata,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await rebuildMeterRollups(tx, meter);
    await recordAudit(tx, ctx, { action: "meter.create", resourceType: "meter", resourceId: meter.id, details: { code: meter.code, event_name: meter.eventName, aggregation: input.aggregation } });
    return toMeterDto(meter);
  });
  forgetActiveMeters();
  return created;
}
