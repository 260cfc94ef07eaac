import "server-only";
import {
  countCustomerBalanceTransactions,
  countCustomerCouponRedemptions,
  countCustomerInvoices,
  countCustomerSubscriptions,
  deleteCustomerWithConfiguration,
  lockCustomer,
} from "../../db/customers";
import type { Db } from "../../db/types";
import { countCustomerUsageEvents } from "../../db/usage-events";
import { AppError, notFound } from "../../errors";
import type { DeletedCustomerDto } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { formatAccountNumber } from "./dto";

/**
 * Billing records that forbid deleting a customer (they must stay referable: archive or
 * anonymize instead). THE one place to add a check: invoices join this list when invoicing lands.
 */
const DELETION_BLOCKERS: { records: string; count: (db: Db, customerId: string) => Promise<number> }[] = [
  { records: "subscriptions", count: countCustomerSubscriptions },
  { records: "coupon redemptions", count: countCustomerCouponRedemptions },
  { records: "invoices", count: countCustomerInvoices },
  { records: "balance transactions", count: countCustomerBalanceTransactions },
  { records: "usage events", count: countCustomerUsageEvents },
];

/** Hard delete of a customer never billed, with its contacts, tax rate links and price overrides. The audit log keeps the fact. */
export async function deleteCustomer(ctx: Ctx, customerId: string): Promise<DeletedCustomerDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockCustomer(tx, customerId);
    if (!customer) throw notFound("customer", customerId);
    const found: string[] = [];
    for (const blocker of DELETION_BLOCKERS) {
      const count = await blocker.count(tx, customer.id);
      if (count > 0) found.push(`${count} ${blocker.records}`);
    }
    if (found.length) {
      throw new AppError("invalid_state", `This customer has ${found.join(" and ")}, so it cannot be deleted: archive or anonymize it instead.`);
    }
    await deleteCustomerWithConfiguration(tx, customer.id);
    await recordAudit(tx, ctx, {
      action: "customer.delete",
      resourceType: "customer",
      resourceId: customer.id,
      details: { account_number: formatAccountNumber(customer.accountNumber) },
    });
    return { object: "customer", id: customer.id, deleted: true };
  });
}
