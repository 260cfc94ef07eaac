// `npm start`: serves a production build of Billow on http://localhost:$PORT (default 3000).
// Generates the Prisma client and builds when needed, provides a session secret on first
// run, then runs `next start` (which migrates the database and starts the worker).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepare } from "./prepare.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules/.bin/next");
const SOURCES = ["app", "components", "lib", "prisma", "public", "instrumentation.ts", "next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True unless .next holds a build newer than every source file. */
export function needsBuild() {
  const buildId = path.join(root, ".next/BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(root, source))));
  return builtAt <= changedAt;
}

export function ensureBuild() {
  if (!needsBuild()) return;
  console.log("billow: building the app (first start or sources changed)…");
  execFileSync(nextBin, ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** A session-signing secret kept in the data folder, unless NEXTAUTH_SECRET is set. */
function sessionSecret(dataDir) {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function main() {
  prepare();
  ensureBuild();
  const port = process.env.PORT || "3000";
  const dataDir = path.resolve(root, process.env.BILLOW_DATA_DIR || ".data");
  const env = {
    ...process.env,
    PORT: port,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: sessionSecret(dataDir),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  };
  const server = spawn(nextBin, ["start", "-p", port], { cwd: root, stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
