import { parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { listAuditLogQuerySchema } from "@/lib/schemas/audit-log";
import { listAuditLog } from "@/lib/services/audit/list-audit-log";

export const GET = withApiKey(async ({ ctx, url }) => listAuditLog(ctx, parseQuery(url, listAuditLogQuerySchema)));
