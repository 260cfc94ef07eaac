import "server-only";
import { updateCustomerGroup as storeGroup, type CustomerGroupData } from "../../db/customer-groups";
import type { CustomerGroupDto, UpdateCustomerGroupInput } from "../../schemas/customer-group";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { lockWritableGroup, withMemberCount } from "./shared";

/** PATCH: only the fields present change; null clears a default (members then keep their own value). */
export async function updateCustomerGroup(ctx: Ctx, groupId: string, input: UpdateCustomerGroupInput): Promise<CustomerGroupDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const group = await lockWritableGroup(tx, groupId);
    const data: Partial<CustomerGroupData> = {};
    if (input.name !== undefined) data.name = input.name;
    if (input.description !== undefined) data.description = input.description;
    if (input.payment_terms_days !== undefined) data.paymentTermsDays = input.payment_terms_days;
    if (input.preferred_currency !== undefined) data.preferredCurrency = input.preferred_currency;
    if (input.locale !== undefined) data.locale = input.locale;
    if (input.tax_exempt !== undefined) data.taxExempt = input.tax_exempt;
    const updated = await storeGroup(tx, group.id, { ...data, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: "customer_group.update", resourceType: "customer_group", resourceId: group.id, details: { fields: Object.keys(input).sort() } });
    return withMemberCount(tx, updated);
  });
}
