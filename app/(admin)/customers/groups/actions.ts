"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { createCustomerGroupSchema, customerGroupIdParamsSchema, updateCustomerGroupSchema } from "@/lib/schemas/customer-group";
import { archiveCustomerGroup } from "@/lib/services/customer-groups/archive-customer-group";
import { createCustomerGroup } from "@/lib/services/customer-groups/create-customer-group";
import { updateCustomerGroup } from "@/lib/services/customer-groups/update-customer-group";

const GROUPS_PATH = "/customers/groups";

function revalidated<R extends { ok: boolean }>(result: R): R {
  if (result.ok) revalidatePath(GROUPS_PATH, "layout");
  return result;
}

export async function createCustomerGroupAction(input: unknown) {
  return revalidated(await runAdminAction(createCustomerGroupSchema, input, createCustomerGroup));
}

export async function updateCustomerGroupAction(groupId: string, input: unknown) {
  return revalidated(await runAdminAction(updateCustomerGroupSchema, input, (ctx, patch) => updateCustomerGroup(ctx, groupId, patch)));
}

export async function archiveCustomerGroupAction(input: { groupId: string }) {
  return revalidated(await runAdminAction(customerGroupIdParamsSchema, input, (ctx, { groupId }) => archiveCustomerGroup(ctx, groupId)));
}
