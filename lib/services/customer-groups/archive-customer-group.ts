import "server-only";
import { updateCustomerGroup } from "../../db/customer-groups";
import type { CustomerGroupDto } from "../../schemas/customer-group";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import { inTransaction } from "../transaction";
import { lockWritableGroup, withMemberCount } from "./shared";

/** Final: the group takes no new members and no more changes; its members keep it and its defaults. */
export async function archiveCustomerGroup(ctx: Ctx, groupId: string): Promise<CustomerGroupDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const group = await lockWritableGroup(tx, groupId);
    const archived = await updateCustomerGroup(tx, group.id, { archivedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: "customer_group.archive", resourceType: "customer_group", resourceId: group.id, details: { code: group.code } });
    return withMemberCount(tx, archived);
  });
}
