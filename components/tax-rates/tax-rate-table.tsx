import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/table";
import type { TaxRateDto } from "@/lib/schemas/tax-rate";

export const taxRateLabel = (rate: Pick<TaxRateDto, "percentage" | "inclusive">) => `${rate.percentage} %${rate.inclusive ? " incl." : ""}`;

const columns: Column<TaxRateDto>[] = [
  {
    header: "Code",
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
];

export function TaxRateTable({ taxRates }: { taxRates: TaxRateDto[] }) {
  return <DataTable caption="Tax rates" columns={columns} rows={taxRates} rowKey={(rate) => rate.id} empty="No tax rates match these filters." />;
}
