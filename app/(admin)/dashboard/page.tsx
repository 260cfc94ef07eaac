import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { actor } = await requireAdmin();
  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome, ${actor.name}.`} />
      <EmptyState title="No revenue yet" description="Revenue, MRR and churn appear here once you have customers and subscriptions." />
    </>
  );
}
