import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import { TruncatedText } from "@/components/ui/truncated-text";
import type { AuditLogDto } from "@/lib/schemas/audit-log";

const none = <span className="text-slate-400">—</span>;

const columns: Column<AuditLogDto>[] = [
  { header: "When", cell: (entry) => <LocalTime iso={entry.created_at} /> },
  { header: "Actor", cell: (entry) => <span className="whitespace-nowrap">{entry.actor}</span> },
  { header: "Action", cell: (entry) => <code className="whitespace-nowrap font-mono text-xs text-slate-900">{entry.action}</code> },
  {
    header: "Resource",
    cell: (entry) => (
      <>
        <div>{entry.resource_type}</div>
        {entry.resource_id && <div className="whitespace-nowrap font-mono text-xs text-slate-500">{entry.resource_id}</div>}
      </>
    ),
  },
  { header: "Request id", cell: (entry) => (entry.request_id ? <code className="whitespace-nowrap font-mono text-xs">{entry.request_id}</code> : none) },
  { header: "Details", cell: (entry) => (entry.details == null ? none : <TruncatedText text={JSON.stringify(entry.details)} />) },
];

export function AuditLogTable({ entries }: { entries: AuditLogDto[] }) {
  return <DataTable caption="Audit log entries" columns={columns} rows={entries} rowKey={(entry) => entry.id} empty="No entries match." />;
}
