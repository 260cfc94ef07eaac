import type { BadgeTone } from "@/components/ui/badge";
import type { JobStatusName } from "@/lib/schemas/job";

export const JOB_STATUSES: Record<JobStatusName, { label: string; tone: BadgeTone }> = {
  queued: { label: "Queued", tone: "info" },
  running: { label: "Running", tone: "warning" },
  succeeded: { label: "Succeeded", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
};

export const isJobStatus = (value: string | undefined): value is JobStatusName => value !== undefined && Object.hasOwn(JOB_STATUSES, value);
