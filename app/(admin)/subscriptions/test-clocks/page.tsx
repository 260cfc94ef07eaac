import Link from "next/link";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CreateTestClockForm } from "@/components/subscriptions/test-clock-forms";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { testClockListQuerySchema } from "@/lib/schemas/test-clock";
import { canWrite } from "@/lib/services/context";
import { listTestClocks } from "@/lib/services/test-clocks/get-test-clock";
import { searchParam, type SearchParams } from "../../search-params";
import { createTestClockAction } from "./actions";

export const metadata = { title: "Test clocks" };

const PATH = "/subscriptions/test-clocks";

export default async function TestClocksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const startingAfter = searchParam(await searchParams, "starting_after");
  const page = await listTestClocks(ctx, testClockListQuerySchema.parse({ limit: "25", starting_after: startingAfter }));
  return (
    <>
      <PageHeader title="Test clocks" description="Simulated time for trying billing: attach test customers to a clock and advance it through trials, renewals and cancellations." />
      {!canWrite(ctx) && <ReadOnlyNotice />}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          <DataTable
            caption="Test clocks"
            rows={page.data}
            rowKey={(clock) => clock.id}
            empty="No test clock yet. Create one to simulate billing cycles."
            columns={[
              {
                header: "Name",
                cell: (clock) => (
                  <Link href={`${PATH}/${clock.id}`} className="font-medium text-brand-700 hover:underline">
                    {clock.name}
                  </Link>
                ),
              },
              { header: "Clock time", cell: (clock) => <LocalTime iso={clock.frozen_time} /> },
              { header: "Customers", cell: (clock) => clock.customer_ids.length },
              { header: "Created", cell: (clock) => <LocalTime iso={clock.created_at} /> },
            ]}
          />
          <CursorPagination path={PATH} filters={{}} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </div>
        {canWrite(ctx) && <CreateTestClockForm create={createTestClockAction} />}
      </div>
    </>
  );
}
