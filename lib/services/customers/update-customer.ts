import "server-only";
import { updateCustomer as storeCustomer, type CustomerData } from "../../db/customers";
import type { CustomerDto, UpdateCustomerInput } from "../../schemas/customer";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { customerTypeEnum, toAddressJson, toCustomerDto } from "./dto";
import { mergeMetadata } from "../metadata";
import { inTransaction } from "../transaction";
import { assertCustomerRules, lockWritableCustomer, withUniqueExternalRef } from "./shared";

/** PATCH: only the fields present in input change; null clears an optional field. */
export async function updateCustomer(ctx: Ctx, customerId: string, input: UpdateCustomerInput): Promise<CustomerDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const customer = await lockWritableCustomer(tx, customerId);
    const data: Partial<CustomerData> = {};
    if (input.name !== undefined) data.name = input.name;
    if (input.email !== undefined) data.email = input.email;
    if (input.type !== undefined) data.type = customerTypeEnum(input.type);
    if (input.external_ref !== undefined) data.externalRef = input.external_ref;
    if (input.phone !== undefined) data.phone = input.phone;
    if (input.locale !== undefined) data.locale = input.locale;
    if (input.preferred_currency !== undefined) data.preferredCurrency = input.preferred_currency;
    if (input.tax_id !== undefined) data.taxId = input.tax_id;
    if (input.tax_exempt !== undefined) data.taxExempt = input.tax_exempt;
    if (input.reverse_charge !== undefined) data.reverseCharge = input.reverse_charge;
    if (input.group_id !== undefined) data.groupId = input.group_id;
    if (input.billing_address !== undefined) data.billingAddress = input.billing_address && toAddressJson(input.billing_address);
    if (input.shipping_address !== undefined) data.shippingAddress = input.shipping_address && toAddressJson(input.shipping_address);
    if (input.payment_terms_days !== undefined) data.paymentTermsDays = input.payment_terms_days;
    if (input.metadata !== undefined) data.metadata = mergeMetadata(customer.metadata, input.metadata);
    if (input.notes !== undefined) data.notes = input.notes;

    await assertCustomerRules(tx, {
      taxId: data.taxId !== undefined ? data.taxId : customer.taxId,
      reverseCharge: data.reverseCharge ?? customer.reverseCharge,
      // Staying in a group that was archived meanwhile is fine; joining one is not.
      newGroupId: data.groupId !== customer.groupId ? data.groupId : undefined,
    });
    const updated = await withUniqueExternalRef(input.external_ref, () => storeCustomer(tx, customer.id, { ...data, updatedAt: ctx.now }));
    await recordAudit(tx, ctx, {
      action: "customer.update",
      resourceType: "customer",
      resourceId: customer.id,
      details: { fields: Object.keys(input).sort() },
    });
    return toCustomerDto(updated);
  });
}
