import "server-only";
import { listAuditLogs } from "../../db/audit-log";
import { prisma } from "../../db/client";
import type { AuditLogDto, ListAuditLogQuery } from "../../schemas/audit-log";
import { toPage, type ListResponse } from "../../schemas/common";
import type { Ctx } from "../context";
import { toAuditLogDto } from "./dto";

export async function listAuditLog(_ctx: Ctx, query: ListAuditLogQuery): Promise<ListResponse<AuditLogDto>> {
  const rows = await listAuditLogs(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after ? BigInt(query.starting_after) : undefined,
    filter: { resourceType: query.resource_type, action: query.action },
  });
  return toPage(rows, query.limit, (row) => row.id.toString(), toAuditLogDto);
}
