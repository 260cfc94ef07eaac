import { database } from "../db/client";
import { clearProcessCaches } from "../services/process-cache";

/** Empties every table (but the migrations record) so each test file starts clean. */
export async function resetDb(): Promise<void> {
  clearProcessCaches();
  await database().withSession(async (session) => {
    const tables = await session.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (tables.length === 0) return;
    await session.exec(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  });
}
