import { notFound } from "next/navigation";
import { CustomerForm } from "@/components/customers/customer-form";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { listCustomerGroups } from "@/lib/services/customer-groups/list-customer-groups";
import { canWrite } from "@/lib/services/context";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { updateCustomerAction } from "../../actions";

export const metadata = { title: "Edit customer" };

export default async function EditCustomerPage({ params }: { params: Promise<{ customerId: string }> }) {
  const ctx = await requireAdmin();
  const { customerId } = await params;
  const customer = await getCustomer(ctx, customerId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const groups = await listCustomerGroups(ctx, { limit: 100, status: "active" });
  const options = groups.data.map((group) => ({ value: group.id, label: group.name }));
  if (customer.group_id && !options.some((option) => option.value === customer.group_id)) options.push({ value: customer.group_id, label: `${customer.group_id} (archived)` });
  const editable = canWrite(ctx) && customer.status !== "archived";
  return (
    <>
      <PageHeader title={`Edit ${customer.name}`} description={customer.account_number} />
      {editable ? (
        <div className="max-w-3xl">
          <CustomerForm customer={customer} groups={options} save={updateCustomerAction.bind(null, customer.id)} />
        </div>
      ) : customer.status === "archived" ? (
        <p className="text-sm text-slate-600">This customer is archived; archived customers are read-only.</p>
      ) : (
        <ReadOnlyNotice />
      )}
    </>
  );
}
