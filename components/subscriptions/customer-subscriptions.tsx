import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable } from "@/components/ui/table";
import type { SubscriptionDto } from "@/lib/schemas/subscription";
import { SubscriptionStatusBadge } from "./status-badge";

/** A customer's subscriptions on the customer page, with a way to add one. */
export function CustomerSubscriptions({ customerId, subscriptions, planNames, canWrite }: { customerId: string; subscriptions: SubscriptionDto[]; planNames: Record<string, string>; canWrite: boolean }) {
  return (
    <div className="space-y-2">
      <DataTable
        caption="Subscriptions"
        rows={subscriptions}
        rowKey={(row) => row.id}
        empty="No subscriptions."
        columns={[
          {
            header: "Plan",
            cell: (row) => (
              <Link href={`/subscriptions/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {planNames[row.plan_id] ?? row.plan_id}
              </Link>
            ),
          },
          { header: "Status", cell: (row) => <SubscriptionStatusBadge subscription={row} /> },
          { header: "Started", cell: (row) => <LocalTime iso={row.started_at} /> },
          { header: "Next billing", cell: (row) => <LocalTime iso={row.next_billing_at} /> },
        ]}
      />
      <div className="flex gap-4 text-sm">
        {canWrite && (
          <Link href={`/subscriptions/new?customer_id=${customerId}`} className="font-semibold text-brand-700 hover:underline">
            New subscription
          </Link>
        )}
        <Link href={`/subscriptions?customer_id=${customerId}`} className="text-brand-700 hover:underline">
          All of this customer&apos;s subscriptions
        </Link>
      </div>
    </div>
  );
}
