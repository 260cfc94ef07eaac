import "server-only";
import { insertCustomer } from "../../db/customers";
import { createId } from "../../ids";
import type { CreateCustomerInput, CustomerDto } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { customerTypeEnum, toAddressJson, toCustomerDto } from "../dto";
import { inTransaction } from "../transaction";
import { withUniqueExternalRef } from "./shared";

export async function createCustomer(ctx: Ctx, input: CreateCustomerInput): Promise<CustomerDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
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
        taxId: input.tax_id ?? null,
        taxExempt: input.tax_exempt,
        billingAddress: input.billing_address ? toAddressJson(input.billing_address) : null,
        shippingAddress: input.shipping_address ? toAddressJson(input.shipping_address) : null,
        paymentTermsDays: input.payment_terms_days,
        metadata: input.metadata,
        notes: input.notes ?? null,
        status: "ACTIVE",
        disabledAt: null,
        archivedAt: null,
        createdAt: ctx.now,
      }),
    );
    await recordAudit(tx, ctx, {
      action: "customer.create",
      resourceType: "customer",
      resourceId: customer.id,
      details: { name: customer.name, external_ref: customer.externalRef },
    });
    return toCustomerDto(customer);
  });
}
