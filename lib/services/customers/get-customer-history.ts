import "server-only";
import { listAuditLogsForResource } from "../../db/audit-log";
import { prisma } from "../../db/client";
import { findCustomerById } from "../../db/customers";
import { notFound } from "../../errors";
import type { ListResponse } from "../../schemas/common";
import { customerStatusSchema, type CustomerStatusChangeDto } from "../../schemas/customer";
import type { Ctx } from "../context";

const ACTIONS = ["create", "disable", "enable", "archive", "anonymize"] as const;

const detail = (details: unknown, key: string): string | null => {
  const value = typeof details === "object" && details !== null ? (details as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : null;
};

/**
 * The customer's lifecycle, newest first, read from the audit log (the one record of who
 * changed what): creation, disable/enable/archive with their reasons, anonymization.
 */
export async function getCustomerHistory(_ctx: Ctx, customerId: string): Promise<ListResponse<CustomerStatusChangeDto>> {
  const customer = await findCustomerById(prisma(), customerId);
  if (!customer) throw notFound("customer", customerId);
  const rows = await listAuditLogsForResource(
    prisma(),
    "customer",
    customer.id,
    ACTIONS.map((action) => `customer.${action}`),
  );
  const changes = rows.map((row): CustomerStatusChangeDto => {
    const action = row.action.slice("customer.".length) as CustomerStatusChangeDto["action"];
    const from = customerStatusSchema.safeParse(detail(row.details, "from"));
    const to = customerStatusSchema.safeParse(detail(row.details, "to"));
    return {
      object: "customer_status_change",
      id: row.id.toString(),
      action,
      from: action === "create" ? null : from.success ? from.data : null,
      to: action === "create" ? "active" : to.success ? to.data : "archived",
      reason: detail(row.details, "reason"),
      actor: row.actorLabel,
      created_at: row.createdAt.toISOString(),
    };
  });
  return { object: "list", data: changes.reverse(), has_more: false, next_cursor: null };
}
