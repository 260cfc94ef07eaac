// Row → DTO mapper of audit log entries (the audit log list and customer data exports).
import type { AuditLog } from "../../db/generated/client";
import type { AuditLogDto } from "../../schemas/audit-log";

export function toAuditLogDto(row: AuditLog): AuditLogDto {
  return {
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
  };
}
