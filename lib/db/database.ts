// Opens Billow's database: PostgreSQL when DATABASE_URL is set, otherwise the embedded
// PGlite in the data folder. Both sit behind Prisma's driver adapters, so the same
// schema, migrations and queries run on either.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";

/** One connection-like handle for raw SQL (migrations, locks, bulk loads). */
export type SqlSession = {
  /** Runs one or more statements (simple query protocol), no parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

export type Database = {
  kind: "postgres" | "pglite";
  /** Where the data lives: the server URL without password, or the folder. */
  location: string;
  prisma: PrismaClient;
  /** Runs fn on one dedicated connection (session-level locks need that). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DatabaseOptions = { url?: string; dataDir: string };

export function openDatabase(options: DatabaseOptions): Database {
  return options.url ? openPostgres(options.url) : openPglite(path.join(options.dataDir, "pglite"));
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c TimeZone=UTC" });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    location: redactPassword(url),
    prisma,
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => (await client.query(sql, params)).rows,
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

function openPglite(dir: string): Database {
  fs.mkdirSync(dir, { recursive: true });
  const releaseLock = lockDataDir(dir);
  const pglite = new PGlite(dir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "pglite",
    location: dir,
    prisma,
    // PGlite is a single connection: every call already runs in the one session.
    withSession: (fn) =>
      fn({
        exec: async (sql) => void (await pglite.exec(sql)),
        query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      }),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      releaseLock();
    },
  };
}

/**
 * PGlite's files may only be opened by one process at a time; a second opener would
 * corrupt them. A pid file turns that into a clear error.
 */
function lockDataDir(dir: string): () => void {
  const lockFile = path.join(dir, "billow.lock");
  const holder = readLockHolder(lockFile);
  if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dir} is in use by process ${holder}. ` +
        "Stop that process first, or run Billow on PostgreSQL (DATABASE_URL) to share one database between processes.",
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  const release = () => {
    if (readLockHolder(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
  process.once("exit", release);
  return release;
}

function readLockHolder(lockFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(lockFile, "utf8").trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres";
  }
}
