// `npm test`: every test Billow has, in one command.
//   1. type check and lint
//   2. unit tests (vitest), under UTC (with lib/billing coverage thresholds) and again under a
//      non-UTC time zone
//   3. integration tests on embedded PGlite, and on PostgreSQL when TEST_DATABASE_URL is set (side by side)
//   4. end-to-end tests (Playwright, Debian's Chromium) on the production build, on PGlite,
//      and on PostgreSQL when E2E_DATABASE_URL is set (that database is emptied first)
// It ends with one line: "N passed, N failed".
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { prepare } from "./prepare.mjs";
import { ensureBuild } from "./start.mjs";

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

function step(title, command, args, env = baseEnv()) {
  console.log(`\n━━ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  const ok = result.status === 0;
  console.log(`━━ ${title}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(title);
  return ok;
}

/**
 * Runs steps side by side (they must not share state, e.g. integration tests on PGlite and on
 * PostgreSQL), each one's output kept apart and printed whole when it ends.
 */
async function parallelSteps(steps) {
  await Promise.all(
    steps.map(({ title, command, args, env }) => {
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
          resolve();
        });
      });
    }),
  );
}

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

function vitest(title, project, env, extraArgs = []) {
  const run = vitestStep(title, project, env, extraArgs);
  step(title, run.command, run.args, env);
  countVitest(run.file);
}

async function emptyDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}

function e2e(title, databaseUrl) {
  const file = path.join(reports, `${title.replace(/\W+/g, "-")}.json`);
  const env = baseEnv({ E2E_REPORT_FILE: file, ...(databaseUrl ? { E2E_DATABASE_URL: databaseUrl } : {}) });
  delete env.E2E_DATA_DIR;
  step(title, bin("playwright"), ["test"], env);
  countPlaywright(file);
}

prepare();
step("type check", bin("tsc"), ["--noEmit", "-p", "."]);
step("lint", bin("eslint"), ["."]);
vitest("unit tests (TZ=UTC), with lib/billing coverage", "unit", baseEnv({ TZ: "UTC" }), ["--coverage"]);
vitest("unit tests (TZ=America/New_York)", "unit", baseEnv({ TZ: "America/New_York" }));
// PGlite runs inside the test process and PostgreSQL in its server: the two runs share nothing and
// overlap well on two cores.
const integration = [vitestStep("integration tests on PGlite", "integration", baseEnv({ TZ: "UTC" }))];
if (process.env.TEST_DATABASE_URL) {
  integration.push(vitestStep("integration tests on PostgreSQL", "integration", baseEnv({ TZ: "UTC", TEST_DATABASE_URL: process.env.TEST_DATABASE_URL })));
} else {
  console.log("\n━━ integration tests on PostgreSQL: skipped (set TEST_DATABASE_URL to a scratch database)");
}
await parallelSteps(integration);
for (const run of integration) countVitest(run.file);
if (fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
  ensureBuild();
  e2e("end-to-end tests on PGlite");
  if (process.env.E2E_DATABASE_URL) {
    await emptyDatabase(process.env.E2E_DATABASE_URL);
    e2e("end-to-end tests on PostgreSQL", process.env.E2E_DATABASE_URL);
  }
} else {
  failures.push("end-to-end tests (no Chromium: apt-get install chromium, or set CHROMIUM_PATH)");
}

fs.rmSync(reports, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed steps:\n  - ${failures.join("\n  - ")}`);
console.log(`\n${totals.passed} passed, ${totals.failed + (totals.failed === 0 && failures.length ? failures.length : 0)} failed`);
process.exit(failures.length ? 1 : 0);
