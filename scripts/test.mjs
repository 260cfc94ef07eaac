// `npm test`: every test Billow has, in one command.
//   1. type check and lint
//   2. unit tests (vitest), under UTC (with lib/billing coverage thresholds) and again under a
//      non-UTC time zone
//   3. integration tests on embedded PGlite, and on PostgreSQL when TEST_DATABASE_URL is set
//   4. end-to-end tests (Playwright, Debian's Chromium) on the production build, on PGlite; when
//      E2E_DATABASE_URL is set (that database is emptied first), half the specs on PGlite and
//      half on PostgreSQL, side by side (every spec once, both databases behind real pages)
// Independent steps run side by side (each one's output printed whole when it ends).
// It ends with one line: "N passed, N failed".
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { prepare } from "./prepare.mjs";
import { needsBuild } from "./start.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "billow-test-"));
const totals = { passed: 0, failed: 0 };
const failures = [];

/** Tests never touch the app's own database: only TEST_/E2E_DATABASE_URL are used. */
function baseEnv(extra = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
  delete env.DATABASE_URL;
  if (!("TEST_DATABASE_URL" in extra)) delete env.TEST_DATABASE_URL;
  if (!("E2E_DATABASE_URL" in extra)) delete env.E2E_DATABASE_URL;
  return env;
}

/** Runs one step in the background, its output kept apart and printed whole when it ends. */
function backgroundStep({ title, command, args, env }) {
  const log = path.join(reports, `${title.replace(/\W+/g, "-")}.log`);
  const out = fs.openSync(log, "w");
  const started = Date.now();
  console.log(`\n━━ ${title}: started`);
  return new Promise((resolve) => {
    spawn(command, args, { cwd: root, stdio: ["ignore", out, out], env }).on("close", (code) => {
      fs.closeSync(out);
      const ok = code === 0;
      console.log(`\n━━ ${title}\n${fs.readFileSync(log, "utf8")}━━ ${title}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (!ok) failures.push(title);
      resolve(ok);
    });
  });
}

/** Steps that share no state run side by side: the machine has more than one core. */
const parallelSteps = (steps) => Promise.all(steps.map(backgroundStep));

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
}

function vitestStep(title, project, env, extraArgs = []) {
  const file = path.join(reports, `${title.replace(/\W+/g, "-")}.json`);
  return { title, file, command: bin("vitest"), args: ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...extraArgs], env };
}

async function emptyDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

function e2eStep(title, port, { databaseUrl, shard } = {}) {
  const file = path.join(reports, `${title.replace(/\W+/g, "-")}.json`);
  const env = baseEnv({ E2E_REPORT_FILE: file, E2E_PORT: String(port), ...(databaseUrl ? { E2E_DATABASE_URL: databaseUrl } : {}) });
  delete env.E2E_DATA_DIR;
  return { title, file, command: bin("playwright"), args: ["test", ...(shard ? [`--shard=${shard}`] : [])], env };
}

prepare();
await parallelSteps([
  { title: "type check", command: bin("tsc"), args: ["--noEmit", "-p", "."], env: baseEnv() },
  { title: "lint", command: bin("eslint"), args: ["."], env: baseEnv() },
]);
const units = [vitestStep("unit tests (TZ=UTC), with lib/billing coverage", "unit", baseEnv({ TZ: "UTC" }), ["--coverage"]), vitestStep("unit tests (TZ=America/New_York)", "unit", baseEnv({ TZ: "America/New_York" }))];
await parallelSteps(units);
for (const run of units) countVitest(run.file);

// PGlite runs inside the test process and PostgreSQL in its server: the two runs share nothing and
// overlap well on two cores. PGlite's is the longer: the app is built once PostgreSQL's ends.
const chromium = fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
const pgliteRun = vitestStep("integration tests on PGlite", "integration", baseEnv({ TZ: "UTC" }));
const postgresRun = process.env.TEST_DATABASE_URL ? vitestStep("integration tests on PostgreSQL", "integration", baseEnv({ TZ: "UTC", TEST_DATABASE_URL: process.env.TEST_DATABASE_URL })) : null;
if (!postgresRun) console.log("\n━━ integration tests on PostgreSQL: skipped (set TEST_DATABASE_URL to a scratch database)");
const build = { title: "production build", command: bin("next"), args: ["build"], env: baseEnv({ BILLOW_BUILD_SKIP_TYPECHECK: "1" }) };
const buildAfter = (previous) => (chromium && needsBuild() ? previous.then(() => backgroundStep(build)) : previous);
await Promise.all([backgroundStep(pgliteRun), buildAfter(postgresRun ? backgroundStep(postgresRun) : Promise.resolve(true))]);
countVitest(pgliteRun.file);
if (postgresRun) countVitest(postgresRun.file);

if (!chromium) {
  failures.push("end-to-end tests (no Chromium: apt-get install chromium, or set CHROMIUM_PATH)");
} else if (!failures.includes(build.title)) {
  // Each suite is CPU-bound (server and browser): on two cores, the full suite on both databases
  // would double the longest step. Each shard starts from an empty database of its own.
  const databaseUrl = process.env.E2E_DATABASE_URL;
  const suites = databaseUrl
    ? [e2eStep("end-to-end tests on PGlite (shard 1/2)", 3100, { shard: "1/2" }), e2eStep("end-to-end tests on PostgreSQL (shard 2/2)", 3200, { databaseUrl, shard: "2/2" })]
    : [e2eStep("end-to-end tests on PGlite", 3100)];
  if (databaseUrl) await emptyDatabase(databaseUrl);
  await parallelSteps(suites);
  for (const suite of suites) countPlaywright(suite.file);
}

fs.rmSync(reports, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed steps:\n  - ${failures.join("\n  - ")}`);
console.log(`\n${totals.passed} passed, ${totals.failed + (totals.failed === 0 && failures.length ? failures.length : 0)} failed`);
process.exit(failures.length ? 1 : 0);
