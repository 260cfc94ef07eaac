import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { getCatalogOverview } from "@/lib/services/catalog/get-catalog-overview";
import { loadDemoDataAction } from "./actions";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const ctx = await requireAdmin();
  const overview = await getCatalogOverview(ctx);
  const empty = overview.products === 0 && overview.plans === 0;
  return (
    <>
      <PageHeader title="Dashboard" description={`Welcome, ${ctx.actor.name}.`} />
      {empty ? (
        <EmptyState
          title="Nothing to bill yet"
          description={
            <>
              Create products and plans in the <Link href="/catalog" className="font-medium text-brand-700 hover:underline">catalogue</Link>, or load a demo
              catalogue with a few hundred customers to explore Billow (the same as <code>npm run seed:demo</code>).
            </>
          }
          action={canWrite(ctx) ? <ActionButton action={loadDemoDataAction}>Load demo data</ActionButton> : undefined}
        />
      ) : (
        <EmptyState title="No revenue yet" description="Revenue, MRR and churn appear here once you have subscriptions and invoices." />
      )}
    </>
  );
}
