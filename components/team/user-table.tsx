"use client";

import { ROLE_LABELS } from "@/components/admin/roles";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { RoleName } from "@/lib/schemas/common";
import type { SetUserDisabledInput, UserDto } from "@/lib/schemas/team";
import { UserRoleSelect, type ChangeUserRoleAction } from "./user-role-select";

type Props = {
  users: UserDto[];
  currentUserId: string;
  /** Roles the signed-in user may hand out and take away; empty for viewers. */
  assignableRoles: readonly RoleName[];
  changeUserRoleAction: ChangeUserRoleAction;
  setUserDisabledAction: (input: SetUserDisabledInput) => Promise<ActionResult<UserDto>>;
};

export function UserTable({ users, currentUserId, assignableRoles, changeUserRoleAction, setUserDisabledAction }: Props) {
  // Nobody changes their own account here, and only owners manage owners (the services enforce both).
  const canManage = (user: UserDto) => user.id !== currentUserId && assignableRoles.includes(user.role);

  const columns: Column<UserDto>[] = [
    {
      header: "Name",
      cell: (user) => (
        <span className="flex items-center gap-2 font-medium text-slate-900">
          {user.name}
          {user.id === currentUserId && <Badge tone="info">You</Badge>}
        </span>
      ),
    },
    { header: "Email", cell: (user) => user.email },
    {
      header: "Role",
      cell: (user) =>
        canManage(user) ? <UserRoleSelect user={user} roles={assignableRoles} changeUserRoleAction={changeUserRoleAction} /> : ROLE_LABELS[user.role],
    },
    { header: "Status", cell: (user) => (user.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>) },
    { header: "Last sign-in", cell: (user) => <LocalTime iso={user.last_sign_in_at} fallback="Never" /> },
  ];
  if (assignableRoles.length > 0) {
    columns.push({
      header: "Actions",
      hideHeader: true,
      cell: (user) =>
        canManage(user) && (
          <ActionButton action={() => setUserDisabledAction({ userId: user.id, disabled: !user.disabled })}>
            {user.disabled ? "Enable" : "Disable"}
          </ActionButton>
        ),
    });
  }

  return <DataTable caption="Users" columns={columns} rows={users} rowKey={(user) => user.id} empty="No users." />;
}
