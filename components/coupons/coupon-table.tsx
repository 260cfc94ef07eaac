import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import type { ColumnSort } from "@/components/ui/list-href";
import { DataTable, type Column } from "@/components/ui/table";
import type { CouponDto } from "@/lib/schemas/coupon";
import { COUPON_STATUS_LABELS, COUPON_STATUS_TONES, discountLabel, durationLabel } from "./coupon-format";

type CodeSortLinks = { code: ColumnSort; created_at: ColumnSort };

const columns = (sort: CodeSortLinks): Column<CouponDto>[] => [
  {
    header: "Code",
    sort: sort.code,
    cell: (coupon) => (
      <Link href={`/catalog/coupons/${coupon.id}`} className="font-mono text-xs font-semibold text-brand-700 hover:underline">
        {coupon.code}
      </Link>
    ),
  },
  { header: "Name", cell: (coupon) => <span className="text-slate-900">{coupon.name}</span> },
  { header: "Discount", cell: (coupon) => <span className="whitespace-nowrap">{discountLabel(coupon)}</span> },
  { header: "Duration", cell: durationLabel },
  { header: "Redeemed", cell: (coupon) => `${coupon.times_redeemed}${coupon.max_redemptions === null ? "" : ` / ${coupon.max_redemptions}`}` },
  { header: "Expires", cell: (coupon) => <LocalTime iso={coupon.expires_at} fallback="Never" /> },
  { header: "Status", cell: (coupon) => <Badge tone={COUPON_STATUS_TONES[coupon.status]}>{COUPON_STATUS_LABELS[coupon.status]}</Badge> },
  { header: "Created", sort: sort.created_at, cell: (coupon) => <LocalTime iso={coupon.created_at} /> },
];

export function CouponTable({ coupons, sort }: { sort: CodeSortLinks; coupons: CouponDto[] }) {
  return <DataTable caption="Coupons" columns={columns(sort)} rows={coupons} rowKey={(coupon) => coupon.id} empty="No coupons match these filters." />;
}
