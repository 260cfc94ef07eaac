// npm run bench:usage — period usage of a customer with 1,000,000 events on PostgreSQL, for a sum
// by dimension, a count and a unique count (docs/usage.md records the figures).
//   DATABASE_URL   PostgreSQL scratch database (migrated and loaded here; required)
//   BENCH_EVENTS   events of the customer (default 1000000)
//   BENCH_RUNS     timed period reads per meter (default 50)
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDatabase, database, prisma } from "../lib/db/client";
import { findMeterById } from "../lib/db/meters";
import { migrate } from "../lib/db/migrate";
import { createId } from "../lib/ids";
import { systemCtx } from "../lib/services/context";
import { createMeter } from "../lib/services/meters/create-meter";
import { meterUsageForPeriod } from "../lib/services/usage/period-usage";
import { rollUpUsage } from "../lib/services/usage/roll-up-usage";
import { copyRows, copyText, loadAverage, percentile } from "./bench/pg-copy";

const url = process.env.DATABASE_URL;
if (!url?.startsWith("postgres")) throw new Error("bench:usage needs DATABASE_URL (PostgreSQL scratch database).");
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const TAIL = 2_000;
const DAY = 86_400_000;
const run = randomBytes(4).toString("hex");
const eventName = `bench.usage.${run}`;

async function load(client: pg.Client, customerId: string, count: number, receivedAt: string, prefix: string, now: number) {
  const columns = ["transactionId", "customerId", "eventName", "timestamp", "properties", "receivedAt"];
  for (let start = 0; start < count; start += 100_000) {
    let rows = "";
    for (let i = start; i < Math.min(count, start + 100_000); i++) {
      const timestamp = new Date(now - 30 * DAY + Math.floor((i / count) * 30 * DAY)).toISOString();
      const properties = JSON.stringify({ tokens: 1 + (i % 997), model: i % 3 === 0 ? "large" : "small", user: `u${i % 5000}` });
      rows += `${prefix}-${i}\t${customerId}\t${eventName}\t${timestamp}\t${copyText(properties)}\t${receivedAt}\n`;
    }
    await copyRows(client, '"UsageEvent"', columns, rows);
  }
}

async function main() {
  console.log(`start: ${loadAverage()}`);
  await migrate(database());
  const ctx = systemCtx("bench");
  const customerId = createId("customer");
  await prisma().customer.create({ data: { id: customerId, name: `Bench usage ${run}`, type: "COMPANY" } });
  const meters = {
    "sum by model": await createMeter(ctx, { code: `bench-sum-${run}`, name: "Tokens", event_name: eventName, aggregation: "sum", property: "tokens", filters: [], group_by: ["model"], ingest_rules: [], metadata: {} }),
    count: await createMeter(ctx, { code: `bench-count-${run}`, name: "Requests", event_name: eventName, aggregation: "count", filters: [], group_by: [], ingest_rules: [], metadata: {} }),
    "unique users": await createMeter(ctx, { code: `bench-unique-${run}`, name: "Users", event_name: eventName, aggregation: "unique_count", property: "user", filters: [], group_by: [], ingest_rules: [], metadata: {} }),
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const now = Date.now();
  let started = performance.now();
  // receivedAt as ingestion stamps it (the database's now), so the rollup below picks the events up.
  const loadedAt = (await client.query<{ at: Date }>("SELECT now() AS at")).rows[0]!.at.toISOString();
  await load(client, customerId, EVENTS, loadedAt, `bu-${run}`, now);
  await client.query('ANALYZE "UsageEvent"');
  console.log(`loaded ${EVENTS} events for one customer over 30 days (COPY): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await rollUpUsage({ settleMs: 0 }); // nothing else ingests into this scratch database
  console.log(`rollup of every meter: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await new Promise((resolve) => setTimeout(resolve, 10));
  const tailAt = (await client.query<{ at: Date }>("SELECT now() AS at")).rows[0]!.at.toISOString();
  await load(client, customerId, TAIL, tailAt, `bt-${run}`, now);
  // Settled tables, as autovacuum leaves them (otherwise it runs during the timed reads, on the same cores).
  await client.query('VACUUM ANALYZE "UsageEvent", "UsageRollup", "UsageRollupValue", "UsageRollupValueHours"');
  await client.end();

  // An anniversary period with a ragged start (minutes and milliseconds): both edges read raw events.
  const start = new Date(now - 30 * DAY + 17 * 60_000 + 123);
  const end = new Date(now + 60_000);
  for (const [label, dto] of Object.entries(meters)) {
    const meter = (await findMeterById(prisma(), dto.id))!;
    const first = await meterUsageForPeriod(prisma(), meter, customerId, start, end);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await meterUsageForPeriod(prisma(), meter, customerId, start, end);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`period usage (${label}) = ${first.quantity}: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms over ${RUNS} reads (${TAIL} events after the watermark read raw)`);
  }
  console.log(`end: ${loadAverage()}`);
  await closeDatabase();
}

await main();
