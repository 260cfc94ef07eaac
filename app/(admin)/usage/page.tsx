import Link from "next/link";
import { Suspense } from "react";
import { UsageExplorer } from "@/components/usage/usage-explorer";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listMetersQuerySchema } from "@/lib/schemas/meter";
import { listMeters } from "@/lib/services/meters/list-meters";

export const metadata = { title: "Usage" };

export default async function UsagePage() {
  const ctx = await requireAdmin();
  const meters = await listMeters(ctx, listMetersQuerySchema.parse({ status: "active", sort: "name", limit: "100" }));
  return (
    <>
      <PageHeader title="Usage" description="What your meters measured over time, per dimension and per customer. The chart refreshes every few seconds." />
      {meters.data.length === 0 ? (
        <EmptyState
          title="No meters yet"
          description="A meter says which usage events count and how they add up. Create one, then send events to POST /api/v1/events."
          action={
            <Link href="/usage/meters/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
              Create a meter
            </Link>
          }
        />
      ) : (
        <Suspense>
          <UsageExplorer meters={meters.data.map(({ id, code, name, aggregation, group_by }) => ({ id, code, name, aggregation, group_by }))} />
        </Suspense>
      )}
    </>
  );
}
