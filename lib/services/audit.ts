import type { Prisma } from "../db/generated/client";
import { insertAuditLog, insertAuditLogs } from "../db/audit-log";
import type { Db } from "../db/types";
import { actorLabel, type Ctx } from "./context";

export type AuditEntry = {
  action: string; // "<resource>.<verb>", e.g. "api_key.create"
  resourceType: string;
  resourceId?: string;
  details?: Prisma.InputJsonValue;
};

const ACTOR_TYPES = { user: "USER", api_key: "API_KEY", system: "SYSTEM" } as const;

function auditRow(ctx: Ctx, entry: AuditEntry) {
  return {
    actorType: ACTOR_TYPES[ctx.actor.type],
    actorId: ctx.actor.type === "system" ? null : ctx.actor.id,
    actorLabel: actorLabel(ctx.actor),
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    details: entry.details,
    requestId: ctx.requestId,
    createdAt: ctx.now,
  };
}

/** Call inside the service's transaction, so the record exists exactly when the write does. */
export async function recordAudit(db: Db, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await insertAuditLog(db, auditRow(ctx, entry));
}

/** Many entries in one statement (bulk work such as the billing run). */
export async function recordAudits(db: Db, ctx: Ctx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length > 0) await insertAuditLogs(db, entries.map((entry) => auditRow(ctx, entry)));
}
