import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata = { title: "Invoices" };

export default async function InvoicesPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="Invoices" description="Drafts, issued and paid invoices, with their lines and PDF." />
      <EmptyState title="No invoices yet" description="Invoices are generated at the end of each billing period of a subscription." />
    </>
  );
}
