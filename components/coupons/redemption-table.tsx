import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { CouponRedemptionDto } from "@/lib/schemas/coupon";

const columns: Column<CouponRedemptionDto>[] = [
  { header: "Redeemed", cell: (redemption) => <LocalTime iso={redemption.redeemed_at} /> },
  {
    header: "Customer",
    cell: (redemption) => (
      <>
        <div className="text-slate-900">{redemption.customer_name}</div>
        <div className="font-mono text-xs text-slate-500">{redemption.customer_id}</div>
      </>
    ),
  },
  { header: "Code", cell: (redemption) => <code className="font-mono text-xs">{redemption.code}</code> },
  { header: "Subscription", cell: (redemption) => redemption.subscription_id ?? <span className="text-slate-400">—</span> },
];

export function RedemptionTable({ redemptions }: { redemptions: CouponRedemptionDto[] }) {
  return <DataTable caption="Redemptions" columns={columns} rows={redemptions} rowKey={(redemption) => redemption.id} empty="Not redeemed yet." />;
}
