import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ColumnSort } from "@/components/ui/list-href";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { TaxRateDto } from "@/lib/schemas/tax-rate";

export const taxRateLabel = (rate: Pick<TaxRateDto, "percentage" | "inclusive">) => `${rate.percentage} %${rate.inclusive ? " incl." : ""}`;

type CodeSortLinks = { code: ColumnSort; created_at: ColumnSort };

const columns = (sort: CodeSortLinks): Column<TaxRateDto>[] => [
  {
    header: "Code",
    sort: sort.code,
    cell: (rate) => (
      <Link href={`/catalog/tax-rates/${rate.id}`} className="font-mono text-xs font-semibold text-brand-700 hover:underline">
        {rate.code}
      </Link>
    ),
  },
  { header: "Name", cell: (rate) => <span className="text-slate-900">{rate.name}</span> },
  { header: "Rate", cell: (rate) => <span className="whitespace-nowrap">{taxRateLabel(rate)}</span> },
  { header: "Where", cell: (rate) => (rate.country ? [rate.country, rate.region].filter(Boolean).join(" · ") : "Any country") },
  { header: "Default", cell: (rate) => (rate.applies_by_default ? "Yes" : "No") },
  { header: "Status", cell: (rate) => (rate.archived_at ? <Badge>Archived</Badge> : <Badge tone="success">Active</Badge>) },
  { header: "Created", sort: sort.created_at, cell: (rate) => <LocalTime iso={rate.created_at} /> },
];

export function TaxRateTable({ taxRates, sort }: { sort: CodeSortLinks; taxRates: TaxRateDto[] }) {
  return <DataTable caption="Tax rates" columns={columns(sort)} rows={taxRates} rowKey={(rate) => rate.id} empty="No tax rates match these filters." />;
}
