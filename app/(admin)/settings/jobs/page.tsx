import { isJobStatus, JOB_STATUSES } from "@/components/jobs/job-statuses";
import { JobTable } from "@/components/jobs/job-table";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { listJobs } from "@/lib/services/jobs/list-jobs";
import { searchParam, type SearchParams } from "../../search-params";
import { retryJobAction } from "./actions";

export const metadata = { title: "Background jobs" };

const PATH = "/settings/jobs";
const PAGE_SIZE = 50;

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...Object.entries(JOB_STATUSES).map(([value, { label }]) => ({ value, label })),
];

export default async function JobsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const requestedStatus = searchParam(params, "status");
  const status = isJobStatus(requestedStatus) ? requestedStatus : undefined;
  const startingAfter = searchParam(params, "starting_after");
  const page = await listJobs(ctx, { status, limit: PAGE_SIZE, starting_after: startingAfter });
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Work Billow does outside requests. Failed jobs were retried with backoff until their attempts ran out; retrying one gives it a fresh set of attempts."
      />
      <FilterBar path={PATH} isFiltered={Boolean(status)}>
        <SelectField label="Status" name="status" defaultValue={status ?? ""} options={STATUS_OPTIONS} />
      </FilterBar>
      <JobTable jobs={page.data} canWrite={canWrite(ctx)} retryJobAction={retryJobAction} />
      <CursorPagination path={PATH} filters={{ status }} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
    </>
  );
}
