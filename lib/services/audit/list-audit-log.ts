import "server-only";
import { z } from "zod";
import { listAuditLogs } from "../../db/audit-log";
import { prisma } from "../../db/client";
import { paginationQuerySchema, toPage, type ListResponse } from "../../schemas/common";
import type { Ctx } from "../context";

export const listAuditLogQuerySchema = paginationQuerySchema.extend({
  starting_after: z.string().regex(/^\d+$/, { error: "starting_after must be a cursor from a previous page." }).optional(),
  resource_type: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
});
export type ListAuditLogQuery = z.infer<typeof listAuditLogQuerySchema>;

export type AuditLogDto = {
  id: string;
  actor_type: "user" | "api_key" | "system";
  actor_id: string | null;
  actor: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  details: unknown;
  request_id: string | null;
  created_at: string;
};

export async function listAuditLog(_ctx: Ctx, query: ListAuditLogQuery): Promise<ListResponse<AuditLogDto>> {
  const rows = await listAuditLogs(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after ? BigInt(query.starting_after) : undefined,
    filter: { resourceType: query.resource_type, action: query.action },
  });
  return toPage(rows, query.limit, (row) => row.id.toString(), (row) => ({
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
