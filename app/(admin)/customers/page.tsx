import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata = { title: "Customers" };

export default async function CustomersPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="Customers" description="The people and companies you bill, with their subscriptions, invoices and balances." />
      <EmptyState title="No customers yet" description="Customers you create here or through the API (POST /api/v1/customers) will be listed here." />
    </>
  );
}
