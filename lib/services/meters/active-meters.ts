// The active meters by event name, as ingestion needs them on every batch: cached per process
// (lib/services/process-cache.ts). Meter writes in this process invalidate the cache after they
// commit. From another process: a NEW meter is seen at once (an unknown event name reloads), an
// archived or changed one after at most ACTIVE_METERS_TTL_MS (events may be validated against the
// old definition for that long; rollups and period reads always use the stored meter).
import "server-only";
import { prisma } from "../../db/client";
import { listActiveMeters, type MeterRow } from "../../db/meters";
import { processCache } from "../process-cache";

export const ACTIVE_METERS_TTL_MS = 5_000;

const cache = processCache<"active", Map<string, MeterRow[]>>("active-meters", ACTIVE_METERS_TTL_MS);

async function load(): Promise<Map<string, MeterRow[]>> {
  const byEvent = new Map<string, MeterRow[]>();
  for (const meter of await listActiveMeters(prisma())) byEvent.set(meter.eventName, [...(byEvent.get(meter.eventName) ?? []), meter]);
  return byEvent;
}

/** The active meters of each event name (a name no active meter counts is absent). */
export async function activeMetersByEventName(eventNames: Iterable<string>): Promise<Map<string, MeterRow[]>> {
  const byEvent = await cache.get("active", load);
  for (const name of eventNames) if (!byEvent.has(name)) return cache.get("active", load, 0);
  return byEvent;
}

/** After a meter write commits. */
export function forgetActiveMeters(): void {
  cache.invalidate();
}
