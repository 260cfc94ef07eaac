import "server-only";
import { insertCustomerContact } from "../../db/customers";
import { createId } from "../../ids";
import type { CreateCustomerContactInput, CustomerContactDto } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { contactRoleEnum, toCustomerContactDto } from "./dto";
import { inTransaction } from "../transaction";
import { lockWritableCustomer } from "./shared";

export async function addCustomerContact(ctx: Ctx, customerId: string, input: CreateCustomerContactInput): Promise<CustomerContactDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockWritableCustomer(tx, customerId);
    const contact = await insertCustomerContact(tx, {
      id: createId("customerContact"),
      customerId: customer.id,
      name: input.name,
      email: input.email,
      role: contactRoleEnum(input.role),
      receivesInvoices: input.receives_invoices,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: "customer.contact_add",
      resourceType: "customer",
      resourceId: customer.id,
      details: { contact_id: contact.id, email: contact.email, role: input.role },
    });
    return toCustomerContactDto(contact);
  });
}
