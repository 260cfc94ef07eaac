// The process-wide database. Cached on globalThis so Next.js dev reloads and the several
// server bundles of one process share a single pool (and PGlite is opened only once).
import { env } from "../env";
import { openDatabase, type Database } from "./database";
import type { PrismaClient } from "./generated/client";

const holder = globalThis as typeof globalThis & { __billowDatabase?: Database };

export function database(): Database {
  holder.__billowDatabase ??= openDatabase({ url: env().DATABASE_URL, dataDir: env().dataDir });
  return holder.__billowDatabase;
}

export function prisma(): PrismaClient {
  return database().prisma;
}

export async function closeDatabase(): Promise<void> {
  const open = holder.__billowDatabase;
  holder.__billowDatabase = undefined;
  await open?.close();
}
