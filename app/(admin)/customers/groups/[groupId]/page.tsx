import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { ArchiveGroupButton } from "@/components/customers/archive-group-button";
import { GroupForm } from "@/components/customers/group-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { getCustomerGroup } from "@/lib/services/customer-groups/get-customer-group";
import { canWrite } from "@/lib/services/context";
import { archiveCustomerGroupAction, updateCustomerGroupAction } from "../actions";

export const metadata = { title: "Customer group" };

export default async function CustomerGroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  const ctx = await requireAdmin();
  const { groupId } = await params;
  const group = await getCustomerGroup(ctx, groupId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const editable = canWrite(ctx) && !group.archived_at;
  return (
    <>
      <PageHeader
        title={group.name}
        description={
          <span className="flex items-center gap-2">
            <code className="font-mono">{group.code}</code>
            {group.archived_at ? <Badge tone="neutral">Archived</Badge> : <Badge tone="success">Active</Badge>}
            <Link href={`/customers?group_id=${group.id}`} className="text-brand-700 hover:underline">
              {group.member_count} member{group.member_count === 1 ? "" : "s"}
            </Link>
          </span>
        }
        actions={editable && <ArchiveGroupButton group={group} archive={archiveCustomerGroupAction} />}
      />
      {!canWrite(ctx) && <ReadOnlyNotice />}
      {editable ? (
        <div className="max-w-2xl">
          <GroupForm group={group} save={updateCustomerGroupAction.bind(null, group.id)} />
        </div>
      ) : (
        group.archived_at && <p className="text-sm text-slate-600">This group is archived: it takes no new members; its members keep its defaults.</p>
      )}
    </>
  );
}
