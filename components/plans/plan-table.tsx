import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/table";
import { LocalTime } from "@/components/ui/local-time";
import type { PlanDto } from "@/lib/schemas/plan";
import { PlanStatusBadge } from "./plan-status-badge";

type SortLinks = Record<"code" | "created_at", { href: string; direction?: "ascending" | "descending" }>;

const every = (plan: PlanDto) => {
  const { interval_count: count, billing_interval: interval } = plan.current_version;
  return count === 1 ? `every ${interval}` : `every ${count} ${interval}s`;
};

export function PlanTable({ plans, sort, empty }: { plans: PlanDto[]; sort: SortLinks; empty: React.ReactNode }) {
  const columns: Column<PlanDto>[] = [
    {
      header: "Code",
      sort: sort.code,
      cell: (plan) => (
        <Link href={`/catalog/plans/${plan.id}`} className="font-medium text-brand-700 hover:underline">
          {plan.code}
        </Link>
      ),
    },
    { header: "Name", cell: (plan) => plan.name },
    { header: "Status", cell: (plan) => <PlanStatusBadge status={plan.status} /> },
    { header: "Billing", cell: every },
    { header: "Currencies", cell: (plan) => plan.current_version.currencies.join(", ") },
    { header: "Charges", cell: (plan) => plan.current_version.charges.length, className: "tabular-nums" },
    { header: "Version", cell: (plan) => `v${plan.current_version.version}`, className: "tabular-nums" },
    { header: "Created", sort: sort.created_at, cell: (plan) => <LocalTime iso={plan.created_at} /> },
  ];
  return <DataTable caption="Plans" columns={columns} rows={plans} rowKey={(plan) => plan.id} empty={empty} />;
}
