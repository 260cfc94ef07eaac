import { z } from "zod";
import { listResponseSchema, paginationQuerySchema } from "./common";

export const listAuditLogQuerySchema = paginationQuerySchema.extend({
  starting_after: z.string().regex(/^\d+$/, { error: "starting_after must be a cursor from a previous page." }).optional(),
  resource_type: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
});
export type ListAuditLogQuery = z.infer<typeof listAuditLogQuerySchema>;

export const auditLogDtoSchema = z
  .object({
    object: z.literal("audit_log"),
    id: z.string(),
    actor_type: z.enum(["user", "api_key", "system"]),
    actor_id: z.string().nullable(),
    actor: z.string().meta({ description: "Who acted: an email, `API key <name>` or `system: <job>`." }),
    action: z.string().meta({ example: "api_key.create" }),
    resource_type: z.string(),
    resource_id: z.string().nullable(),
    details: z.unknown(),
    request_id: z.string().nullable(),
    created_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "AuditLog" });
export type AuditLogDto = z.infer<typeof auditLogDtoSchema>;

export const auditLogListSchema = listResponseSchema(auditLogDtoSchema, "AuditLogList");

