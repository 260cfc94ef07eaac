import type { ActorType, Prisma } from "./generated/client";
import type { Db } from "./types";

export type AuditLogData = {
  actorType: ActorType;
  actorId: string | null;
  actorLabel: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  details?: Prisma.InputJsonValue;
  requestId: string;
  createdAt: Date;
};

export const insertAuditLog = (db: Db, data: AuditLogData) => db.auditLog.create({ data, select: { id: true } });

export const insertAuditLogs = (db: Db, data: readonly AuditLogData[]) => db.auditLog.createMany({ data: [...data] });

export type AuditLogFilter = { resourceType?: string; actorId?: string; action?: string };

/** Newest first; `startingAfter` is the id of the last row seen. */
export const listAuditLogs = (db: Db, { limit, startingAfter, filter }: { limit: number; startingAfter?: bigint; filter: AuditLogFilter }) =>
  db.auditLog.findMany({
    where: {
      ...(startingAfter !== undefined ? { id: { lt: startingAfter } } : {}),
      ...(filter.resourceType ? { resourceType: filter.resourceType } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit,
  });

/** Every entry about one resource, oldest first (a customer's history and data export). */
export const listAuditLogsForResource = (db: Db, resourceType: string, resourceId: string, actions?: string[]) =>
  db.auditLog.findMany({
    where: { resourceType, resourceId, ...(actions ? { action: { in: actions } } : {}) },
    orderBy: { id: "asc" },
  });

/** Removes `keys` from the details of every entry about one resource (personal data erased on request). */
export async function redactAuditDetails(db: Db, resourceType: string, resourceId: string, keys: string[]): Promise<number> {
  const rows = await db.auditLog.findMany({ where: { resourceType, resourceId }, select: { id: true, details: true } });
  let redacted = 0;
  for (const row of rows) {
    const details = row.details;
    if (typeof details !== "object" || details === null || Array.isArray(details)) continue;
    const entries = Object.entries(details);
    const kept = entries.filter(([key]) => !keys.includes(key));
    if (kept.length === entries.length) continue;
    await db.auditLog.update({ where: { id: row.id }, data: { details: Object.fromEntries(kept) as Prisma.InputJsonObject } });
    redacted++;
  }
  return redacted;
}
