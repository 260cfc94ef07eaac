// Applies prisma/migrations in order. Keeps Prisma's own `_prisma_migrations` table and
// checksums, so `prisma migrate status`/`deploy` agree with what ran here. Runs inside
// the app (no CLI, no engine binary) and is safe when several processes start at once.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database, SqlSession } from "./database";

const MIGRATIONS_LOCK = 7_314_159; // arbitrary advisory lock id owned by Billow migrations

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = path.join(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations")): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Returns the names of the migrations it applied. */
export async function migrate(database: Database, migrations = readMigrations()): Promise<string[]> {
  return database.withSession(async (session) => {
    await session.query("SELECT pg_advisory_lock($1)", [MIGRATIONS_LOCK]);
    try {
      await ensureMigrationsTable(session);
      const applied = await session.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const appliedByName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
      const ran: string[] = [];
      for (const migration of migrations) {
        const checksum = appliedByName.get(migration.name);
        if (checksum !== undefined) {
          if (checksum !== migration.checksum) {
            throw new Error(`Migration ${migration.name} was changed after it was applied (checksum differs).`);
          }
          continue;
        }
        await applyOne(session, migration);
        ran.push(migration.name);
      }
      return ran;
    } finally {
      await session.query("SELECT pg_advisory_unlock($1)", [MIGRATIONS_LOCK]);
    }
  });
}

async function ensureMigrationsTable(session: SqlSession) {
  await session.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

async function applyOne(session: SqlSession, migration: Migration) {
  // Names and checksums are [0-9a-z_] by construction; the row is written in the same
  // transaction as the migration so a crash leaves neither behind.
  if (!/^[0-9A-Za-z_]+$/.test(migration.name)) throw new Error(`Invalid migration folder name: ${migration.name}`);
  const record = `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
    VALUES ('${randomUUID()}', '${migration.checksum}', '${migration.name}', now(), now(), 1);`;
  try {
    await session.exec(`BEGIN;\n${migration.sql}\n;\n${record}\nCOMMIT;`);
  } catch (error) {
    await session.exec("ROLLBACK;").catch(() => undefined);
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
  }
}
