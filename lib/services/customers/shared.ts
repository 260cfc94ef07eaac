// Helpers shared by the customer use cases (not use cases themselves).
import { findCustomerGroupById, type CustomerGroupRow } from "../../db/customer-groups";
import { lockCustomer, type CustomerRow } from "../../db/customers";
import { isUniqueViolation } from "../../db/errors";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";

/** Runs a write that may set externalRef; a unique violation becomes a 409 naming `external_ref`. */
export async function withUniqueExternalRef<T>(externalRef: string | null | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (externalRef && isUniqueViolation(error)) {
      throw new AppError("conflict", `A customer with external_ref '${externalRef}' already exists.`, { param: "external_ref", cause: error });
    }
    throw error;
  }
}

/** Loads and locks a customer for a change; archived (and so anonymized) customers are read-only. */
export async function lockWritableCustomer(db: Db, customerId: string): Promise<CustomerRow> {
  const customer = await lockCustomer(db, customerId);
  if (!customer) throw notFound("customer", customerId);
  if (customer.status === "ARCHIVED") throw new AppError("invalid_state", "This customer is archived; archived customers are read-only.");
  return customer;
}

/** A business-rule failure on one field (422 in the API, a row error in an import). */
export type RuleIssue = { param: string; message: string };

export const toUnprocessable = (issue: RuleIssue) => new AppError("unprocessable", issue.message, { param: issue.param });

/** Reverse charge shifts the tax to the buyer, who must be identified by a tax id. */
export function reverseChargeIssue(taxId: string | null, reverseCharge: boolean): RuleIssue | null {
  return reverseCharge && !taxId ? { param: "reverse_charge", message: "reverse_charge needs a tax_id: set the customer's tax_id first." } : null;
}

/** A customer may join a group that exists and is not archived. */
export function groupIssue(groupId: string, group: Pick<CustomerGroupRow, "archivedAt"> | null | undefined): RuleIssue | null {
  if (!group) return { param: "group_id", message: `No customer group with id '${groupId}'.` };
  if (group.archivedAt) return { param: "group_id", message: `The customer group '${groupId}' is archived; archived groups take no new members.` };
  return null;
}

/** Throws the rule issues of a new or changed group membership and tax settings, in field order. */
export async function assertCustomerRules(
  db: Db,
  rules: { taxId: string | null; reverseCharge: boolean; newGroupId?: string | null },
): Promise<void> {
  const groupId = rules.newGroupId;
  const issues = [
    groupId ? groupIssue(groupId, await findCustomerGroupById(db, groupId)) : null,
    reverseChargeIssue(rules.taxId, rules.reverseCharge),
  ];
  const first = issues.find((issue) => issue !== null);
  if (first) throw toUnprocessable(first);
}
