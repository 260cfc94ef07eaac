"use client";

import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import { TruncatedText } from "@/components/ui/truncated-text";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { JobDto } from "@/lib/schemas/job";
import { JOB_STATUSES } from "./job-statuses";

type Props = {
  jobs: JobDto[];
  canWrite: boolean;
  retryJobAction: (input: { jobId: string }) => Promise<ActionResult<JobDto>>;
};

export function JobTable({ jobs, canWrite, retryJobAction }: Props) {
  const columns: Column<JobDto>[] = [
    {
      header: "Type",
      cell: (job) => (
        <>
          <code className="whitespace-nowrap font-mono text-xs text-slate-900">{job.type}</code>
          <div className="whitespace-nowrap font-mono text-xs text-slate-500">{job.id}</div>
        </>
      ),
    },
    { header: "Status", cell: (job) => <Badge tone={JOB_STATUSES[job.status].tone}>{JOB_STATUSES[job.status].label}</Badge> },
    { header: "Attempts", cell: (job) => <span className="whitespace-nowrap tabular-nums">{`${job.attempts} / ${job.max_attempts}`}</span> },
    { header: "Run at", cell: (job) => <LocalTime iso={job.run_at} /> },
    { header: "Last error", cell: (job) => (job.last_error ? <TruncatedText text={job.last_error} /> : <span className="text-slate-400">—</span>) },
  ];
  if (canWrite) {
    columns.push({
      header: "Actions",
      hideHeader: true,
      cell: (job) => job.status === "failed" && <ActionButton action={() => retryJobAction({ jobId: job.id })}>Retry</ActionButton>,
    });
  }
  return <DataTable caption="Background jobs" columns={columns} rows={jobs} rowKey={(job) => job.id} empty="No jobs match." />;
}
