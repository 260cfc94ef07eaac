import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { AddUserForm } from "@/components/team/add-user-form";
import { InvitationTable } from "@/components/team/invitation-table";
import { InviteForm } from "@/components/team/invite-form";
import { UserTable } from "@/components/team/user-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listTeam } from "@/lib/services/team/list-team";
import { addUserAction, changeUserRoleAction, inviteUserAction, revokeInvitationAction, setUserDisabledAction } from "./actions";

export const metadata = { title: "Team" };

export default async function TeamPage() {
  const ctx = await requireAdmin();
  const { users, invitations, assignable_roles: assignableRoles } = await listTeam(ctx);
  return (
    <>
      <PageHeader title="Team" description="Everyone who can sign in to this Billow. Owners manage everyone, admins manage admins and viewers, viewers only look." />
      {assignableRoles.length === 0 ? (
        <ReadOnlyNotice />
      ) : (
        <div className="mb-8 grid gap-6 lg:grid-cols-2">
          <AddUserForm roles={assignableRoles} addUserAction={addUserAction} />
          <InviteForm roles={assignableRoles} inviteUserAction={inviteUserAction} />
        </div>
      )}
      <Section title="Users">
        <UserTable
          users={users}
          currentUserId={ctx.actor.id}
          assignableRoles={assignableRoles}
          changeUserRoleAction={changeUserRoleAction}
          setUserDisabledAction={setUserDisabledAction}
        />
      </Section>
      <Section title="Pending invitations">
        <InvitationTable invitations={invitations} assignableRoles={assignableRoles} revokeInvitationAction={revokeInvitationAction} />
      </Section>
    </>
  );
}
