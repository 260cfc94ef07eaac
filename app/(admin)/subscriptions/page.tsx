import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata = { title: "Subscriptions" };

export default async function SubscriptionsPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="Subscriptions" description="Which customer is on which plan, since when, and what renews next." />
      <EmptyState title="No subscriptions yet" description="Subscriptions appear here once a customer subscribes to a price from the catalogue." />
    </>
  );
}
