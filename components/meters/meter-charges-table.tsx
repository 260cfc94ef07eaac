import Link from "next/link";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/table";
import type { MeterChargeUse } from "@/lib/schemas/meter";

/** The plan charges pricing a meter, one row per plan version. */
export function MeterChargesTable({ charges }: { charges: MeterChargeUse[] }) {
  return (
    <DataTable
      caption="Plan charges pricing this meter"
      rows={charges}
      rowKey={(use) => `${use.plan_id}:${use.version}:${use.charge_key}`}
      empty="No plan charge prices this meter yet: add a usage charge to a plan."
      columns={[
        {
          header: "Plan",
          cell: (use) => (
            <Link href={`/catalog/plans/${use.plan_id}`} className="text-brand-700 hover:underline">
              {use.plan_name} <span className="font-mono text-xs">({use.plan_code})</span>
            </Link>
          ),
        },
        { header: "Version", cell: (use) => (use.current ? <>v{use.version} <Badge tone="info">current</Badge></> : `v${use.version}`) },
        { header: "Charge", cell: (use) => <>{use.charge_name} <span className="font-mono text-xs text-slate-500">{use.charge_key}</span></> },
        { header: "Plan status", cell: (use) => <PlanStatusBadge status={use.plan_status} /> },
      ]}
    />
  );
}
