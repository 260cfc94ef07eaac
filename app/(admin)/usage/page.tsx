import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata = { title: "Usage" };

export default async function UsagePage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="Usage" description="Metered events sent to Billow and how they add up per subscription and period." />
      <EmptyState title="No usage yet" description="Usage events sent to the API (POST /api/v1/usage-events) are counted here." />
    </>
  );
}
