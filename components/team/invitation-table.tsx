"use client";

import { ROLE_LABELS } from "@/components/admin/roles";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { RoleName } from "@/lib/schemas/common";
import type { InvitationDto, RevokeInvitationInput } from "@/lib/schemas/team";

type Props = {
  invitations: InvitationDto[];
  /** Roles the signed-in user may hand out; their invitations can be revoked. Empty for viewers. */
  assignableRoles: readonly RoleName[];
  revokeInvitationAction: (input: RevokeInvitationInput) => Promise<ActionResult<void>>;
};

export function InvitationTable({ invitations, assignableRoles, revokeInvitationAction }: Props) {
  const columns: Column<InvitationDto>[] = [
    { header: "Email", cell: (invitation) => <span className="font-medium text-slate-900">{invitation.email}</span> },
    { header: "Role", cell: (invitation) => ROLE_LABELS[invitation.role] },
    { header: "Invited by", cell: (invitation) => invitation.invited_by },
    { header: "Sent", cell: (invitation) => <LocalTime iso={invitation.created_at} /> },
    { header: "Expires", cell: (invitation) => <LocalTime iso={invitation.expires_at} /> },
  ];
  if (assignableRoles.length > 0) {
    columns.push({
      header: "Actions",
      hideHeader: true,
      cell: (invitation) =>
        assignableRoles.includes(invitation.role) && (
          <ConfirmButton
            label="Revoke"
            title="Revoke invitation?"
            description={`The invitation link sent to ${invitation.email} will stop working.`}
            action={() => revokeInvitationAction({ invitationId: invitation.id })}
          />
        ),
    });
  }

  return <DataTable caption="Pending invitations" columns={columns} rows={invitations} rowKey={(invitation) => invitation.id} empty="No pending invitations." />;
}
