// Helpers shared by the customer use cases (not use cases themselves).
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

/** Loads and locks a customer for a change; archived customers are read-only. */
export async function lockWritableCustomer(db: Db, customerId: string): Promise<CustomerRow> {
  const customer = await lockCustomer(db, customerId);
  if (!customer) throw notFound("customer", customerId);
  if (customer.status === "ARCHIVED") throw new AppError("invalid_state", "This customer is archived; archived customers are read-only.");
  return customer;
}
