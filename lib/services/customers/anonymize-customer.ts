import "server-only";
import { redactAuditDetails } from "../../db/audit-log";
import { deleteAllCustomerContacts, lockCustomer, updateCustomer } from "../../db/customers";
import { notFound } from "../../errors";
import type { CustomerDto } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { formatAccountNumber, toCustomerDto } from "./dto";

/** Audit detail keys that may hold personal data (customer name, contact emails). */
const PERSONAL_AUDIT_KEYS = ["name", "email"];

/**
 * GDPR erasure that keeps the financial record: personal fields are cleared (name becomes
 * "Anonymized customer C-000123"), contacts are deleted, and the earlier audit entries about
 * the customer lose their personal details. Kept: ids, account number, external_ref (the
 * caller's own id, needed to reconcile; it must not hold personal data), type, currency,
 * locale, payment terms, tax exemption, subscriptions and redemptions. reverse_charge is
 * cleared with the tax id it depends on. The customer is archived (read-only, final).
 * Idempotent: anonymizing again changes nothing and records nothing.
 */
export async function anonymizeCustomer(ctx: Ctx, customerId: string): Promise<CustomerDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockCustomer(tx, customerId);
    if (!customer) throw notFound("customer", customerId);
    if (customer.anonymizedAt) return toCustomerDto(customer);
    const accountNumber = formatAccountNumber(customer.accountNumber);
    const contactsRemoved = await deleteAllCustomerContacts(tx, customer.id);
    const anonymized = await updateCustomer(tx, customer.id, {
      name: `Anonymized customer ${accountNumber}`,
      email: null,
      phone: null,
      taxId: null,
      reverseCharge: false,
      billingAddress: null,
      shippingAddress: null,
      metadata: {},
      notes: null,
      status: "ARCHIVED",
      archivedAt: customer.archivedAt ?? ctx.now,
      anonymizedAt: ctx.now,
      updatedAt: ctx.now,
    });
    const auditEntriesRedacted = await redactAuditDetails(tx, "customer", customer.id, PERSONAL_AUDIT_KEYS);
    await recordAudit(tx, ctx, {
      action: "customer.anonymize",
      resourceType: "customer",
      resourceId: customer.id,
      details: {
        account_number: accountNumber,
        from: customer.status.toLowerCase(),
        to: "archived",
        contacts_removed: contactsRemoved,
        audit_entries_redacted: auditEntriesRedacted,
      },
    });
    return toCustomerDto(anonymized);
  });
}
