import { CustomerForm } from "@/components/customers/customer-form";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCustomerGroups } from "@/lib/services/customer-groups/list-customer-groups";
import { canWrite } from "@/lib/services/context";
import { createCustomerAction } from "../actions";

export const metadata = { title: "New customer" };

export default async function NewCustomerPage() {
  const ctx = await requireAdmin();
  const groups = await listCustomerGroups(ctx, { limit: 100, status: "active" });
  return (
    <>
      <PageHeader title="New customer" description="Only the name is required; everything else can be set later." />
      {canWrite(ctx) ? (
        <div className="max-w-3xl">
          <CustomerForm groups={groups.data.map((group) => ({ value: group.id, label: group.name }))} save={createCustomerAction} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
    </>
  );
}
