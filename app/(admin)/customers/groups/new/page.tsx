import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { GroupForm } from "@/components/customers/group-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { createCustomerGroupAction } from "../actions";

export const metadata = { title: "New customer group" };

export default async function NewCustomerGroupPage() {
  const ctx = await requireAdmin();
  return (
    <>
      <PageHeader title="New customer group" />
      {canWrite(ctx) ? (
        <div className="max-w-2xl">
          <GroupForm save={createCustomerGroupAction} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
    </>
  );
}
