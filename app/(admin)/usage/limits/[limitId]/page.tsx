import Link from "next/link";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ArchiveUsageLimitButton } from "@/components/usage-limits/archive-usage-limit-button";
import { LimitAlertTable } from "@/components/usage-limits/limit-alert-table";
import { UsageLimitStateBadge } from "@/components/usage-limits/usage-limit-state-badge";
import { EditUsageLimitForm } from "@/components/usage-limits/usage-limit-forms";
import { limitTitle } from "@/components/usage-limits/usage-limit-table";
import { UsageProgress } from "@/components/usage-limits/usage-progress";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { getUsageLimit } from "@/lib/services/usage-limits/get-usage-limit";
import { listWebhookEvents } from "@/lib/services/usage-limits/list-webhook-events";
import { orNotFound } from "../../../catalog/or-not-found";
import { setUsageLimitArchivedAction, updateUsageLimitAction } from "../actions";
import { customerNames, toAlertRow, toLimitRow } from "../rows";

export const metadata = { title: "Usage limit" };

export default async function UsageLimitPage({ params }: { params: Promise<{ limitId: string }> }) {
  const ctx = await requireAdmin();
  const { limitId } = await params;
  const limit = await orNotFound(getUsageLimit(ctx, limitId));
  const [names, events] = await Promise.all([customerNames(ctx, [limit.customer_id]), listWebhookEvents(ctx, { type: "usage_limit.reached", customer_id: limit.customer_id, limit: 100 })]);
  const row = toLimitRow(limit, names);
  const alerts = events.data.filter((event) => (event.data.object as { id?: string }).id === limit.id).map((event) => toAlertRow(event, names));
  const writable = canWrite(ctx);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/usage/limits" className="text-brand-700 hover:underline">
          ← Usage limits
        </Link>
      </p>
      <PageHeader
        title={limit.name ?? `${limitTitle(limit)} ${limit.meter_code}`}
        description={limit.description ?? undefined}
        actions={writable ? <ArchiveUsageLimitButton limit={limit} setArchived={setUsageLimitArchivedAction} /> : undefined}
      />
      <dl className="mb-8 grid max-w-3xl gap-4 rounded-lg bg-white p-5 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">State</dt>
          <dd className="mt-1 flex items-center gap-2">
            <UsageLimitStateBadge limit={limit} />
            {limit.reached_at && (
              <span className="text-slate-600">
                since <LocalTime iso={limit.reached_at} />
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Customer</dt>
          <dd className="mt-1">
            <Link href={`/customers/${limit.customer_id}`} className="text-brand-700 hover:underline">
              {row.customer_name}
            </Link>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Usage this period</dt>
          <dd className="mt-1">
            <UsageProgress usage={limit.current_usage} threshold={limit.threshold} percent={row.percent} reached={limit.state === "reached"} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Period ({limit.current_period.source === "subscription" ? "billing period" : "calendar month, UTC"})</dt>
          <dd className="mt-1">
            <LocalTime iso={limit.current_period.start} /> – <LocalTime iso={limit.current_period.end} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Meter</dt>
          <dd className="mt-1 font-mono text-xs">{limit.meter_code}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Action</dt>
          <dd className="mt-1">{limit.action === "disable" ? "Disable (entitlements answer disabled)" : "Warning (alert only)"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Threshold</dt>
          <dd className="mt-1">
            {limit.threshold_percent === null
              ? limit.threshold
              : limit.threshold === null
                ? `${limit.threshold_percent}% of the included quantity (none included now)`
                : `${limit.threshold_percent}% of ${limit.included_quantity} included = ${limit.threshold}`}
          </dd>
        </div>
      </dl>
      {!writable ? (
        <ReadOnlyNotice />
      ) : limit.status === "active" ? (
        <div className="max-w-3xl">
          <EditUsageLimitForm limit={limit} update={updateUsageLimitAction} />
        </div>
      ) : (
        <p className="text-sm text-slate-600">This limit is archived: unarchive it to change it.</p>
      )}
      <Section title="Alerts">
        <LimitAlertTable rows={alerts} />
      </Section>
    </>
  );
}
