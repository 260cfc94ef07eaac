import { LocalTime } from "@/components/ui/local-time";
import { DataTable } from "@/components/ui/table";
import { formatMoney, money } from "@/lib/billing/money";
import type { UpcomingInvoiceDto } from "@/lib/schemas/subscription";

/** The next invoice as the billing run would make it (not stored). */
export function UpcomingInvoice({ invoice }: { invoice: UpcomingInvoiceDto | null }) {
  if (!invoice) return <p className="text-sm text-slate-600">Nothing more to bill.</p>;
  const amount = (minor: number) => formatMoney(money(minor, invoice.currency));
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Period <LocalTime iso={invoice.period_start} /> – <LocalTime iso={invoice.period_end} />
      </p>
      <DataTable
        caption="Upcoming invoice lines"
        rows={invoice.lines}
        rowKey={(line) => line.key}
        empty="No charge in this period."
        columns={[
          { header: "Line", cell: (line) => line.description },
          { header: "Quantity", cell: (line) => line.quantity },
          { header: "Amount", cell: (line) => amount(line.amount) },
          { header: "Discount", cell: (line) => amount(line.discount) },
          { header: "Tax", cell: (line) => amount(line.tax) },
          { header: "Total", cell: (line) => amount(line.total) },
        ]}
      />
      <p className="text-right text-sm font-semibold text-slate-900" data-testid="upcoming-total">
        Amount due {amount(invoice.amount_due)}
      </p>
    </div>
  );
}
