import type { ActorType, Prisma } from "./generated/client";
import type { Db } from "./types";

export const insertAuditLog = (
  db: Db,
  data: {
    actorType: ActorType;
    actorId: string | null;
    actorLabel: string;
    action: string;
    resourceType: string;
    resourceId: string | null;
    details?: Prisma.InputJsonValue;
    requestId: string;
    createdAt: Date;
  },
) => db.auditLog.create({ data, select: { id: true } });

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
