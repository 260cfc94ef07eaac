// Retention deletes run by the maintenance.cleanup job (lib/jobs/maintenance.ts).
import type { Db } from "./types";

export async function deleteIdempotencyKeysCreatedBefore(db: Db, cutoff: Date): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}

export async function deleteSignInAttemptsCreatedBefore(db: Db, cutoff: Date): Promise<number> {
  const { count } = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
