import "server-only";
import { lockCustomer, updateCustomer } from "../../db/customers";
import type { CustomerStatus } from "../../db/generated/enums";
import { AppError, notFound } from "../../errors";
import type { CustomerDto } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { toCustomerDto } from "./dto";
import { inTransaction } from "../transaction";

export type CustomerStatusChange = "disable" | "enable" | "archive";

/** Which statuses each change starts from, and where it leads. Archiving is final. */
const TRANSITIONS: Record<CustomerStatusChange, { from: CustomerStatus[]; to: CustomerStatus }> = {
  disable: { from: ["ACTIVE"], to: "DISABLED" },
  enable: { from: ["DISABLED"], to: "ACTIVE" },
  archive: { from: ["ACTIVE", "DISABLED"], to: "ARCHIVED" },
};

export async function setCustomerStatus(ctx: Ctx, customerId: string, change: CustomerStatusChange, reason?: string): Promise<CustomerDto> {
  assertCanWrite(ctx);
  const { from, to } = TRANSITIONS[change];
  return inTransaction(async (tx) => {
    const customer = await lockCustomer(tx, customerId);
    if (!customer) throw notFound("customer", customerId);
    if (!from.includes(customer.status)) {
      throw new AppError("invalid_state", `Cannot ${change} a customer that is ${customer.status.toLowerCase()}.`);
    }
    const updated = await updateCustomer(tx, customer.id, {
      status: to,
      ...(to === "DISABLED" ? { disabledAt: ctx.now } : {}),
      ...(change === "enable" ? { disabledAt: null } : {}),
      ...(to === "ARCHIVED" ? { archivedAt: ctx.now } : {}),
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: `customer.${change}`,
      resourceType: "customer",
      resourceId: customer.id,
      details: { from: customer.status.toLowerCase(), to: to.toLowerCase(), ...(reason ? { reason } : {}) },
    });
    return toCustomerDto(updated);
  });
}
