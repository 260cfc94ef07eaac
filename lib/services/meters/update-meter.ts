import "server-only";
import { countMeterCharges, lockMeter, updateMeter as storeMeter, type MeterData } from "../../db/meters";
import type { MeterDto, UpdateMeterInput } from "../../schemas/meter";
import { recordAudit } from "../audit";
import { assertUnreferenced, lockWritable, withUniqueCode } from "../catalog/shared";
import { assertCanWrite, type Ctx } from "../context";
import { mergeMetadata } from "../metadata";
import { inTransaction } from "../transaction";
import { rebuildMeterRollups } from "../usage/roll-up-usage";
import { forgetActiveMeters } from "./active-meters";
import { aggregationOf, filtersOf, ingestRulesOf, toMeterDto } from "./dto";
import { AGGREGATION_FIELDS, assertPropertyFits, upperAggregation } from "./shared";

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * PATCH: only the fields present change; metadata is merged. The code and how the meter aggregates
 * change only while no plan charge prices it; such a change recomputes its rollups from raw events.
 */
export async function updateMeter(ctx: Ctx, meterId: string, input: UpdateMeterInput): Promise<MeterDto> {
  assertCanWrite(ctx);
  const dto = await inTransaction(async (tx) => {
    const meter = await lockWritable(tx, "meter", meterId, lockMeter);
    const changed = {
      code: input.code !== undefined && input.code !== meter.code,
      event_name: input.event_name !== undefined && input.event_name !== meter.eventName,
      aggregation: input.aggregation !== undefined && input.aggregation !== aggregationOf(meter),
      property: input.property !== undefined && input.property !== meter.property,
      filters: input.filters !== undefined && !sameJson(input.filters, filtersOf(meter)),
      group_by: input.group_by !== undefined && !sameJson(input.group_by, meter.groupBy),
      ingest_rules: input.ingest_rules !== undefined && !sameJson(input.ingest_rules, ingestRulesOf(meter)),
    };
    for (const field of ["code", ...AGGREGATION_FIELDS] as const) {
      await assertUnreferenced(field, changed[field], () => countMeterCharges(tx, meter.id), "plan charge(s)");
    }
    const aggregation = input.aggregation ?? aggregationOf(meter);
    const property = input.property !== undefined ? input.property : aggregation === "count" && changed.aggregation ? null : meter.property;
    assertPropertyFits(aggregation, property);

    const data: Partial<MeterData> = {};
    if (input.code !== undefined) data.code = input.code;
    if (input.name !== undefined) data.name = input.name;
    if (input.description !== undefined) data.description = input.description;
    if (input.event_name !== undefined) data.eventName = input.event_name;
    if (input.aggregation !== undefined) data.aggregation = upperAggregation(input.aggregation);
    if (property !== meter.property) data.property = property;
    if (input.filters !== undefined) data.filters = input.filters;
    if (input.group_by !== undefined) data.groupBy = input.group_by;
    if (input.ingest_rules !== undefined) data.ingestRules = input.ingest_rules;
    if (input.metadata !== undefined) data.metadata = mergeMetadata(meter.metadata, input.metadata);
    const updated = await withUniqueCode("meter", input.code, () => storeMeter(tx, meter.id, { ...data, updatedAt: ctx.now }));
    const rebuilt = AGGREGATION_FIELDS.some((field) => changed[field]) || property !== meter.property;
    if (rebuilt) await rebuildMeterRollups(tx, updated);
    await recordAudit(tx, ctx, { action: "meter.update", resourceType: "meter", resourceId: meter.id, details: { fields: Object.keys(input).sort(), rollups_rebuilt: rebuilt } });
    return toMeterDto(updated);
  });
  forgetActiveMeters();
  return dto;
}
