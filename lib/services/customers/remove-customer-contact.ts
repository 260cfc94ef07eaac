import "server-only";
import { deleteCustomerContact, findCustomerContact } from "../../db/customers";
import { notFound } from "../../errors";
import type { DeletedCustomerContactDto } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { lockWritableCustomer } from "./shared";

export async function removeCustomerContact(ctx: Ctx, customerId: string, contactId: string): Promise<DeletedCustomerContactDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockWritableCustomer(tx, customerId);
    const contact = await findCustomerContact(tx, customer.id, contactId);
    if (!contact) throw notFound("customer_contact", contactId);
    await deleteCustomerContact(tx, customer.id, contact.id);
    await recordAudit(tx, ctx, {
      action: "customer.contact_remove",
      resourceType: "customer",
      resourceId: customer.id,
      details: { contact_id: contact.id, email: contact.email },
    });
    return { object: "customer_contact", id: contact.id, deleted: true };
  });
}
