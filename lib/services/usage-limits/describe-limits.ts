// Reads: limits as DTOs with their current period, usage and state, without evaluating them
// (the job and every write do that).
import type { Db } from "../../db/types";
import { findCurrentCrossing, type UsageLimitRow } from "../../db/usage-limits";
import type { UsageLimitDto } from "../../schemas/usage-limit";
import type { Ctx } from "../context";
import { toUsageLimitDto } from "./dto";
import { measureLimits } from "./measure-limits";

export async function describeLimits(db: Db, ctx: Ctx, rows: readonly UsageLimitRow[]): Promise<UsageLimitDto[]> {
  const measures = await measureLimits(db, ctx, rows);
  return Promise.all(
    rows.map(async (row) => {
      const measure = measures.get(row.id)!;
      return toUsageLimitDto(row, measure, await findCurrentCrossing(db, row, measure.now, measure.threshold));
    }),
  );
}
