import "server-only";
import { insertCustomer, type CustomerRow } from "../../db/customers";
import type { Db } from "../../db/types";
import { createId } from "../../ids";
import type { CreateCustomerInput, CustomerDto } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { customerTypeEnum, toAddressJson, toCustomerDto } from "./dto";
import { assertCustomerRules, withUniqueExternalRef } from "./shared";

/** Inserts one customer and its audit row inside the caller's transaction (create and import share it). */
export async function insertNewCustomer(tx: Db, ctx: Ctx, input: CreateCustomerInput): Promise<CustomerRow> {
  const taxId = input.tax_id ?? null;
  await assertCustomerRules(tx, { taxId, reverseCharge: input.reverse_charge, newGroupId: input.group_id });
  const customer = await withUniqueExternalRef(input.external_ref, () =>
    insertCustomer(tx, {
      id: createId("customer"),
      name: input.name,
      email: input.email ?? null,
      type: customerTypeEnum(input.type),
      externalRef: input.external_ref ?? null,
      phone: input.phone ?? null,
      locale: input.locale,
      preferredCurrency: input.preferred_currency ?? null,
      taxId,
      taxExempt: input.tax_exempt,
      reverseCharge: input.reverse_charge,
      groupId: input.group_id ?? null,
      billingAddress: input.billing_address ? toAddressJson(input.billing_address) : null,
      shippingAddress: input.shipping_address ? toAddressJson(input.shipping_address) : null,
      paymentTermsDays: input.payment_terms_days,
      metadata: input.metadata,
      notes: input.notes ?? null,
      status: "ACTIVE",
      disabledAt: null,
      archivedAt: null,
      anonymizedAt: null,
      createdAt: ctx.now,
    }),
  );
  await recordAudit(tx, ctx, {
    action: "customer.create",
    resourceType: "customer",
    resourceId: customer.id,
    details: { name: customer.name, external_ref: customer.externalRef },
  });
  return customer;
}

export async function createCustomer(ctx: Ctx, input: CreateCustomerInput): Promise<CustomerDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => toCustomerDto(await insertNewCustomer(tx, ctx, input)));
}
