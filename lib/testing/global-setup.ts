// Integration tests run against PostgreSQL when DATABASE_URL is set, otherwise against a
// fresh embedded PGlite database in a temporary folder. Migrations are applied here once,
// which also tests them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../db/database";
import { migrate } from "../db/migrate";

export default async function globalSetup() {
  let tempDir: string | undefined;
  if (!process.env.DATABASE_URL) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "billow-int-"));
    process.env.BILLOW_DATA_DIR = tempDir;
  }
  const database = openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.BILLOW_DATA_DIR ?? tempDir! });
  await migrate(database);
  await database.close();
  console.log(`integration tests on ${database.kind}: ${database.location}`);
  return () => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}
