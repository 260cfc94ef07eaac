"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import { addUserSchema, changeUserRoleSchema, inviteUserSchema, revokeInvitationSchema, setUserDisabledSchema } from "@/lib/schemas/team";
import { addUser } from "@/lib/services/team/add-user";
import { changeUserRole } from "@/lib/services/team/change-user-role";
import { inviteUser } from "@/lib/services/team/invite-user";
import { revokeInvitation } from "@/lib/services/team/revoke-invitation";
import { setUserDisabled } from "@/lib/services/team/set-user-disabled";

const TEAM_PATH = "/settings/team";

export async function addUserAction(input: unknown) {
  const result = await runAdminAction(addUserSchema, input, addUser);
  if (result.ok) revalidatePath(TEAM_PATH);
  return result;
}

export async function inviteUserAction(input: unknown) {
  const result = await runAdminAction(inviteUserSchema, input, inviteUser);
  if (result.ok) revalidatePath(TEAM_PATH);
  return result;
}

export async function changeUserRoleAction(input: unknown) {
  const result = await runAdminAction(changeUserRoleSchema, input, changeUserRole);
  if (result.ok) revalidatePath(TEAM_PATH);
  return result;
}

export async function setUserDisabledAction(input: unknown) {
  const result = await runAdminAction(setUserDisabledSchema, input, setUserDisabled);
  if (result.ok) revalidatePath(TEAM_PATH);
  return result;
}

export async function revokeInvitationAction(input: unknown) {
  const result = await runAdminAction(revokeInvitationSchema, input, revokeInvitation);
  if (result.ok) revalidatePath(TEAM_PATH);
  return result;
}
