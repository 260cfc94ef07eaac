// Keeps the rollups consistent with the raw events (docs/usage.md, "Rollups"). Events are stamped
// with the database's transaction time (receivedAt); a run adds the events received in
// (watermark, now − settle] and moves the watermark, in one transaction. The settle delay exceeds
// the longest ingestion transaction, so no event can still commit with a receivedAt at or below
// the new watermark: each event is rolled up exactly once.
import "server-only";
import { prisma } from "../../db/client";
import { listAllMeters, type MeterRow } from "../../db/meters";
import type { Db } from "../../db/types";
import { databaseNowMinus, deleteMeterRollups, lockRollupWatermark, rollUpMeterEvents, setRollupWatermark } from "../../db/usage";
import { toRollupMeter } from "../meters/dto";

/** Longer than an ingestion transaction may last (INGEST_TIMEOUT_MS in record-usage-events.ts). */
export const ROLLUP_SETTLE_MS = 60_000;
const EPOCH = new Date(0);

export type RollupRun = { rolledUpTo: Date; advanced: boolean };

/** One rollup pass over every meter. `settleMs: 0` is for tests and benchmarks with no ingestion in flight. */
export async function rollUpUsage({ settleMs = ROLLUP_SETTLE_MS }: { settleMs?: number } = {}): Promise<RollupRun> {
  return prisma().$transaction(
    async (tx) => {
      const watermark = await lockRollupWatermark(tx);
      const cutoff = await databaseNowMinus(tx, settleMs);
      if (cutoff.getTime() <= watermark.getTime()) return { rolledUpTo: watermark, advanced: false };
      for (const meter of await listAllMeters(tx)) await rollUpMeterEvents(tx, toRollupMeter(meter), watermark, cutoff);
      await setRollupWatermark(tx, cutoff);
      return { rolledUpTo: cutoff, advanced: true };
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}

/** Recomputes a meter's rollups from raw events up to the watermark (a new meter, or a changed aggregation). */
export async function rebuildMeterRollups(tx: Db, meter: MeterRow): Promise<void> {
  const watermark = await lockRollupWatermark(tx);
  await deleteMeterRollups(tx, meter.id);
  await rollUpMeterEvents(tx, toRollupMeter(meter), EPOCH, watermark);
}
