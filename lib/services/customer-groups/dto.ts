// Row → DTO mapper of customer groups.
import type { CustomerGroupRow } from "../../db/customer-groups";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import type { CustomerGroupDto } from "../../schemas/customer-group";

export function toCustomerGroupDto(group: CustomerGroupRow, memberCount: number): CustomerGroupDto {
  return {
    object: "customer_group",
    id: group.id,
    code: group.code,
    name: group.name,
    description: group.description,
    payment_terms_days: group.paymentTermsDays,
    preferred_currency: group.preferredCurrency,
    locale: group.locale,
    tax_exempt: group.taxExempt,
    member_count: memberCount,
    archived_at: isoDateOrNull(group.archivedAt),
    created_at: isoDate(group.createdAt),
    updated_at: isoDate(group.updatedAt),
  };
}
