import { DataTable } from "@/components/ui/table";
import type { UsageSeriesDto } from "@/lib/schemas/usage";
import { seriesTotals } from "@/lib/usage/series-totals";
import { formatQuantity } from "./format";

const notDerivable = (
  <span className="text-slate-400" title="Distinct values (or the latest value across groups) over the range are not derived from the buckets.">
    —
  </span>
);

/** Per group, what the series adds up to over its range (see lib/usage/series-totals.ts). */
export function UsageTotalsTable({ series, groupName }: { series: UsageSeriesDto; groupName: string | null }) {
  const totals = seriesTotals(series.aggregation, series.data);
  return (
    <DataTable
      caption="Usage totals"
      rows={totals.groups}
      rowKey={(group) => group.label}
      empty="No usage."
      columns={[
        { header: groupName ?? "Usage", cell: (group) => group.label },
        { header: "Quantity", className: "text-right font-mono", cell: (group) => (group.total === null ? notDerivable : formatQuantity(group.total)) },
      ]}
      footer={
        totals.groups.length > 1 && (
          <tr className="font-semibold">
            <th scope="row" className="px-4 py-2.5 text-left">
              All
            </th>
            <td className="px-4 py-2.5 text-right font-mono">{totals.overall === null ? notDerivable : formatQuantity(totals.overall)}</td>
          </tr>
        )
      }
    />
  );
}
