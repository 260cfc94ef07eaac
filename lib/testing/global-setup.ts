// Integration tests run against PostgreSQL when TEST_DATABASE_URL is set (a scratch
// database: it is emptied), otherwise against a fresh embedded PGlite database in a temporary
// folder. The app's own DATABASE_URL is never used. Migrations are applied here once, which
// also tests them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../db/database";
import { migrate } from "../db/migrate";

export default async function globalSetup() {
  let tempDir: string | undefined;
  if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  else delete process.env.DATABASE_URL;
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
