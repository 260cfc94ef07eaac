import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { WebhookEventDto } from "@/lib/schemas/usage-limit";

/** A `usage_limit.reached` event with its snapshot's fields and its customer's name, worked out by the page. */
export type LimitAlertRow = { event: WebhookEventDto; limitId: string; customerName: string; meterCode: string; usage: string; threshold: string; action: string };

export function LimitAlertTable({ rows }: { rows: LimitAlertRow[] }) {
  const columns: Column<LimitAlertRow>[] = [
    { header: "Emitted", cell: (row) => <LocalTime iso={row.event.created_at} /> },
    {
      header: "Limit",
      cell: (row) => (
        <Link href={`/usage/limits/${row.limitId}`} className="text-brand-700 hover:underline">
          {row.action === "disable" ? "Disable" : "Warning"} at {row.threshold}
        </Link>
      ),
    },
    { header: "Customer", cell: (row) => row.customerName },
    { header: "Meter", cell: (row) => <code className="font-mono text-xs">{row.meterCode}</code> },
    { header: "Usage when reached", cell: (row) => row.usage },
    { header: "Event", cell: (row) => <code className="font-mono text-xs">{row.event.id}</code> },
    { header: "Delivered", cell: (row) => <LocalTime iso={row.event.delivered_at} fallback="Not yet" /> },
  ];
  return <DataTable caption="Recent alerts" columns={columns} rows={rows} rowKey={(row) => row.event.id} empty="No alert yet: a limit emits one the first time it is reached in a period." />;
}
