import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { ColumnSort } from "@/components/ui/list-href";
import type { UsageLimitDto } from "@/lib/schemas/usage-limit";
import { UsageLimitStateBadge } from "./usage-limit-state-badge";
import { UsageProgress } from "./usage-progress";

/** A limit with what the page worked out for it: its customer's name and its progress percentage. */
export type UsageLimitRow = UsageLimitDto & { customer_name: string; percent: number };

/** "Warn at 8000", "Disable at 80% of included": what a limit without a name is called. */
export const limitTitle = (limit: UsageLimitDto) =>
  `${limit.action === "disable" ? "Disable" : "Warn"} at ${limit.threshold_percent === null ? limit.threshold : `${limit.threshold_percent}% of included`}`;

const limitLabel = (limit: UsageLimitDto) => limit.name ?? limitTitle(limit);

/** `createdSort`: the list page's sort link on Created (absent where the table is not sortable). */
export function UsageLimitTable({ rows, empty, createdSort }: { rows: UsageLimitRow[]; empty: string; createdSort?: ColumnSort }) {
  const columns: Column<UsageLimitRow>[] = [
    {
      header: "Limit",
      cell: (limit) => (
        <Link href={`/usage/limits/${limit.id}`} className="font-medium text-brand-700 hover:underline">
          {limitLabel(limit)}
        </Link>
      ),
    },
    {
      header: "Customer",
      cell: (limit) => (
        <Link href={`/customers/${limit.customer_id}`} className="hover:underline">
          {limit.customer_name}
        </Link>
      ),
    },
    { header: "Meter", cell: (limit) => <code className="font-mono text-xs">{limit.meter_code}</code> },
    { header: "Usage / threshold", cell: (limit) => <UsageProgress usage={limit.current_usage} threshold={limit.threshold} percent={limit.percent} reached={limit.state === "reached"} /> },
    { header: "Action", cell: (limit) => (limit.action === "disable" ? "Disable" : "Warning") },
    { header: "State", cell: (limit) => <UsageLimitStateBadge limit={limit} /> },
    {
      header: "Period ends",
      cell: (limit) => (
        <span title={limit.current_period.source === "subscription" ? "Billing period of the subscription" : "Calendar month (UTC)"}>
          <LocalTime iso={limit.current_period.end} />
        </span>
      ),
    },
    { header: "Created", sort: createdSort, cell: (limit) => <LocalTime iso={limit.created_at} /> },
  ];
  return <DataTable caption="Usage limits" columns={columns} rows={rows} rowKey={(limit) => limit.id} empty={empty} />;
}
