import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/types";
import { actorLabel, type Ctx } from "./context";

export type AuditEntry = {
  action: string; // "<resource>.<verb>", e.g. "api_key.create"
  resourceType: string;
  resourceId?: string;
  details?: Prisma.InputJsonValue;
};

/** Call inside the service's transaction, so the record exists exactly when the write does. */
export async function recordAudit(db: Db, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorType: ctx.actor.type === "user" ? "USER" : ctx.actor.type === "api_key" ? "API_KEY" : "SYSTEM",
      actorId: ctx.actor.type === "system" ? null : ctx.actor.id,
      actorLabel: actorLabel(ctx.actor),
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId ?? null,
      details: entry.details,
      requestId: ctx.requestId,
      createdAt: ctx.now,
    },
  });
}
