"use client";

import { useOptimistic } from "react";
import { roleOptions } from "@/components/admin/roles";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { RoleName } from "@/lib/schemas/common";
import type { ChangeUserRoleInput, UserDto } from "@/lib/schemas/team";

export type ChangeUserRoleAction = (input: ChangeUserRoleInput) => Promise<ActionResult<UserDto>>;

/** Changes a user's role as soon as another one is picked; shows the new role while saving. */
export function UserRoleSelect({ user, roles, changeUserRoleAction }: { user: UserDto; roles: readonly RoleName[]; changeUserRoleAction: ChangeUserRoleAction }) {
  const [role, showRole] = useOptimistic(user.role);
  const { run, pending, formError } = useAction(changeUserRoleAction, { optimistic: (input) => showRole(input.role) });
  return (
    <div className="space-y-1">
      <select
        aria-label={`Role of ${user.email}`}
        value={role}
        disabled={pending}
        onChange={(event) => run({ userId: user.id, role: event.target.value as RoleName })}
        className="rounded-md border-0 py-1 pl-2 pr-8 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 disabled:opacity-60"
      >
        {roleOptions(roles).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {formError && (
        <p role="alert" className="max-w-xs text-xs text-red-600">
          {formError}
        </p>
      )}
    </div>
  );
}
