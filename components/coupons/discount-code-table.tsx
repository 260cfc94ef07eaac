"use client";

import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/admin-action";
import type { DiscountCodeDto } from "@/lib/schemas/coupon";

type Props = {
  codes: DiscountCodeDto[];
  canWrite: boolean;
  archiveDiscountCodeAction: (input: { couponId: string; codeId: string }) => Promise<ActionResult<DiscountCodeDto>>;
};

export function DiscountCodeTable({ codes, canWrite, archiveDiscountCodeAction }: Props) {
  const router = useRouter();
  const columns: Column<DiscountCodeDto>[] = [
    { header: "Code", cell: (code) => <code className="whitespace-nowrap font-mono text-xs text-slate-900">{code.code}</code> },
    { header: "Used", cell: (code) => `${code.times_redeemed}${code.max_redemptions === null ? "" : ` / ${code.max_redemptions}`}` },
    { header: "Expires", cell: (code) => <LocalTime iso={code.expires_at} fallback="With the coupon" /> },
    { header: "Created", cell: (code) => <LocalTime iso={code.created_at} /> },
    { header: "Status", cell: (code) => (code.archived_at ? <Badge>Archived</Badge> : <Badge tone="success">Active</Badge>) },
  ];
  if (canWrite) {
    columns.push({
      header: "Actions",
      hideHeader: true,
      cell: (code) =>
        !code.archived_at && (
          <ConfirmButton
            label="Archive"
            title={`Archive the code ${code.code}?`}
            description="It can no longer be redeemed. Its past redemptions are kept."
            action={async () => {
              const result = await archiveDiscountCodeAction({ couponId: code.coupon_id, codeId: code.id });
              if (result.ok) router.refresh();
              return result;
            }}
          />
        ),
    });
  }
  return <DataTable caption="Discount codes" columns={columns} rows={codes} rowKey={(code) => code.id} empty="No codes match." />;
}
