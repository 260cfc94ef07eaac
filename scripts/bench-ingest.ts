// npm run bench:ingest — sustained usage ingestion over HTTP on PostgreSQL, against the raw COPY
// ceiling of the same rows (docs/usage.md records the figures).
//   DATABASE_URL       PostgreSQL scratch database (migrated and seeded here; required)
//   BENCH_URL          a running Billow on that database (e.g. `next start`); default: the ingestion
//                      route handlers served by scripts/bench/ingest-server.ts in a child process
//   BENCH_EVENTS       events to send (default 300000), in batches of 1000
//   BENCH_CONCURRENCY  batches in flight (default 4)
//   BENCH_DUPLICATES   share of each batch re-sending ids of the previous one (default 0.02)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDatabase, database, prisma } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { createId } from "../lib/ids";
import { createApiKey } from "../lib/services/api-keys/create-api-key";
import { systemCtx } from "../lib/services/context";
import { createMeter } from "../lib/services/meters/create-meter";
import { rollUpUsage } from "../lib/services/usage/roll-up-usage";
import { copyRows, copyText, loadAverage, percentile } from "./bench/pg-copy";

const url = process.env.DATABASE_URL;
if (!url?.startsWith("postgres")) throw new Error("bench:ingest needs DATABASE_URL (PostgreSQL scratch database).");
const TOTAL = Number(process.env.BENCH_EVENTS ?? 300_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const DUPLICATES = Number(process.env.BENCH_DUPLICATES ?? 0.02);
const BATCH = 1000;
const CUSTOMERS = 100;
const run = randomBytes(4).toString("hex");

type Event = { transaction_id: string; customer_id: string; event_name: string; timestamp: string; properties: { tokens: number; model: string } };

async function seed() {
  await migrate(database());
  const ctx = systemCtx("bench");
  if (!(await prisma().meter.findUnique({ where: { code: "bench-tokens" } }))) {
    await createMeter(ctx, { code: "bench-tokens", name: "Bench tokens", event_name: "bench.request", aggregation: "sum", property: "tokens", filters: [], group_by: ["model"], ingest_rules: [], metadata: {} });
  }
  const customers = Array.from({ length: CUSTOMERS }, () => ({ id: createId("customer"), name: `Bench ${run}`, type: "COMPANY" as const, updatedAt: new Date() }));
  await prisma().customer.createMany({ data: customers });
  const key = await createApiKey(ctx, { name: `bench ${run}`, role: "admin" });
  return { customerIds: customers.map((c) => c.id), secret: key.secret };
}

function makeBatches(customerIds: string[]): Event[][] {
  const now = Date.now();
  const batches: Event[][] = [];
  let previous: Event[] = [];
  for (let b = 0; b < TOTAL / BATCH; b++) {
    const batch = Array.from({ length: BATCH }, (_, i): Event => {
      if (i < BATCH * DUPLICATES && previous.length) return previous[i]!; // a retried event: same id, counted once
      return {
        transaction_id: `${run}-${b}-${i}`,
        customer_id: customerIds[(b * 7 + i) % customerIds.length]!,
        event_name: "bench.request",
        timestamp: new Date(now - Math.floor(Math.random() * 3_600_000)).toISOString(),
        properties: { tokens: 1 + (i % 500), model: i % 3 === 0 ? "large" : "small" },
      };
    });
    batches.push(batch);
    previous = batch;
  }
  return batches;
}

async function startServer(): Promise<{ base: string; child?: ChildProcess }> {
  if (process.env.BENCH_URL) return { base: process.env.BENCH_URL.replace(/\/$/, "") };
  const port = 3190 + Math.floor(Math.random() * 8);
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/ingest-server.ts"], {
    env: { ...process.env, PORT: String(port), BILLOW_WORKER: "off" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ingest server on") && resolve());
    child.on("exit", (code) => reject(new Error(`ingest server exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

async function send(base: string, secret: string, body: string): Promise<{ ms: number; accepted: number; duplicates: number; rejected: number }> {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/events/batch`, { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" }, body });
  const result = (await response.json()) as { accepted: number; duplicates: number; rejected: number };
  if (response.status !== 200) throw new Error(`batch answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
  return { ms: performance.now() - started, ...result };
}

async function copyCeiling(batches: Event[][]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS bench_copy_ceiling; CREATE TABLE bench_copy_ceiling (LIKE "UsageEvent" INCLUDING ALL)`);
  const columns = ["transactionId", "customerId", "eventName", "timestamp", "properties", "receivedAt"];
  const receivedAt = new Date().toISOString();
  const unique = [...new Map(batches.flat().map((event) => [event.transaction_id, event])).values()]; // the rows ingestion stored
  const chunks: string[] = [];
  for (let i = 0; i < unique.length; i += 50_000) {
    chunks.push(
      unique
        .slice(i, i + 50_000)
        .map((e) => [e.transaction_id, e.customer_id, e.event_name, e.timestamp, copyText(JSON.stringify(e.properties)), receivedAt].join("\t") + "\n")
        .join(""),
    );
  }
  const started = performance.now();
  for (const chunk of chunks) await copyRows(client, "bench_copy_ceiling", columns, chunk);
  const seconds = (performance.now() - started) / 1000;
  await client.query("DROP TABLE bench_copy_ceiling");
  await client.end();
  return unique.length / seconds;
}

async function main() {
  const startLoad = loadAverage();
  const { customerIds, secret } = await seed();
  const batches = makeBatches(customerIds);
  const bodies = batches.map((events) => JSON.stringify({ events }));
  const { base, child } = await startServer();
  try {
    for (let i = 0; i < 3; i++) await send(base, secret, JSON.stringify({ events: makeBatches(customerIds)[0]!.map((e) => ({ ...e, transaction_id: `warm-${run}-${i}-${e.transaction_id}` })) }));
    const latencies: number[] = [];
    let accepted = 0;
    let duplicates = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < bodies.length) {
          const result = await send(base, secret, bodies[next++]!);
          latencies.push(result.ms);
          accepted += result.accepted;
          duplicates += result.duplicates;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const rate = (accepted + duplicates) / seconds;
    const ceiling = await copyCeiling(batches);
    const rollupStarted = performance.now();
    await rollUpUsage({ settleMs: 0 });
    const rollupSeconds = (performance.now() - rollupStarted) / 1000;
    console.log(`start: ${startLoad}; end: ${loadAverage()}`);
    console.log(`target: ${process.env.BENCH_URL ? base : "ingestion route handlers on node:http (scripts/bench/ingest-server.ts)"}; concurrency ${CONCURRENCY}; batches of ${BATCH}`);
    console.log(`sent ${accepted + duplicates} events in ${seconds.toFixed(1)} s: ${accepted} accepted, ${duplicates} duplicates (deduplicated)`);
    console.log(`sustained: ${Math.round(rate)} events/s; batch latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`);
    console.log(`ceiling: COPY FROM STDIN of the same ${accepted} rows into a scratch copy of "UsageEvent" (same indexes), one connection: ${Math.round(ceiling)} rows/s`);
    console.log(`ingestion = ${((100 * rate) / ceiling).toFixed(0)}% of the COPY ceiling`);
    console.log(`rollup of the run afterwards: ${rollupSeconds.toFixed(1)} s`);
  } finally {
    child?.kill();
    await closeDatabase();
  }
}

await main();
