import type { Db } from "./types";

export const insertSignInAttempt = (db: Db, data: { email: string; ip: string; succeeded: boolean; createdAt: Date }) =>
  db.signInAttempt.create({ data, select: { id: true } });

/** Failed attempts since `since`, for one email and for one client address. */
export async function countRecentFailures(db: Db, { email, ip, since }: { email: string; ip: string; since: Date }) {
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return { byEmail, byIp };
}

/** The oldest failed attempt since `since`, for one email or for one client address. */
export const oldestRecentFailure = (db: Db, { since, ...by }: ({ email: string } | { ip: string }) & { since: Date }) =>
  db.signInAttempt.findFirst({
    where: { ...by, succeeded: false, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
