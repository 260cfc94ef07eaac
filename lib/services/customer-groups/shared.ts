// Helpers shared by the customer group use cases.
import { countGroupMembers, lockCustomerGroup, type CustomerGroupRow } from "../../db/customer-groups";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";
import type { CustomerGroupDto } from "../../schemas/customer-group";
import { toCustomerGroupDto } from "./dto";

/** Loads and locks a group for a change; archived groups are read-only. */
export async function lockWritableGroup(db: Db, groupId: string): Promise<CustomerGroupRow> {
  const group = await lockCustomerGroup(db, groupId);
  if (!group) throw notFound("customer_group", groupId);
  if (group.archivedAt) throw new AppError("invalid_state", "This customer group is archived; archived groups are read-only.");
  return group;
}

export async function withMemberCount(db: Db, group: CustomerGroupRow): Promise<CustomerGroupDto> {
  const counts = await countGroupMembers(db, [group.id]);
  return toCustomerGroupDto(group, counts.get(group.id) ?? 0);
}
