// Generates the Prisma client when it is missing or the schema changed since the last
// generation. Runs before dev, build, start and test, so a fresh clone needs no extra step.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"));
const digest = createHash("sha256").update(schema).digest("hex");
const marker = path.join(root, "lib/db/generated/.schema-sha256");

export function prepare() {
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === digest) return;
  console.log("billow: generating the Prisma client");
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["generate"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  fs.writeFileSync(marker, digest);
}

if (import.meta.url === `file://${process.argv[1]}`) prepare();
