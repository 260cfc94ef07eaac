import "server-only";
import { listAuditLogs } from "../../db/audit-log";
import { prisma } from "../../db/client";
import type { AuditLogDto, ListAuditLogQuery } from "../../schemas/audit-log";
import { toPage, type ListResponse } from "../../schemas/common";
import type { Ctx } from "../context";

export async function listAuditLog(_ctx: Ctx, query: ListAuditLogQuery): Promise<ListResponse<AuditLogDto>> {
  const rows = await listAuditLogs(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after ? BigInt(query.starting_after) : undefined,
    filter: { resourceType: query.resource_type, action: query.action },
  });
  return toPage(rows, query.limit, (row) => row.id.toString(), (row) => ({
    object: "audit_log",
    id: row.id.toString(),
    actor_type: row.actorType.toLowerCase() as AuditLogDto["actor_type"],
    actor_id: row.actorId,
    actor: row.actorLabel,
    action: row.action,
    resource_type: row.resourceType,
    resource_id: row.resourceId,
    details: row.details,
    request_id: row.requestId,
    created_at: row.createdAt.toISOString(),
  }));
}
