import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { BalanceTransactionDto, CustomerBalanceDto } from "@/lib/schemas/credit-note";
import { Amount } from "./amount";

const TYPE_LABELS: Record<BalanceTransactionDto["type"], string> = { credit_note: "Credit note", invoice_applied: "Invoice", adjustment: "Adjustment" };

/** The customer's credit balance per currency and its latest movements, with a link to their invoices. */
export function CustomerBalance({ customerId, balance, transactions }: { customerId: string; balance: CustomerBalanceDto; transactions: BalanceTransactionDto[] }) {
  return (
    <div className="space-y-3 rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      {balance.balances.length === 0 ? (
        <p className="text-slate-600" data-testid="balance-placeholder">
          No balance yet: credit notes and adjustments add credit, which the next invoices use.
        </p>
      ) : (
        <dl className="flex flex-wrap gap-6" aria-label="Credit balance">
          {balance.balances.map((entry) => (
            <div key={entry.currency}>
              <dt className="text-slate-500">Credit ({entry.currency})</dt>
              <dd className="text-lg font-semibold text-slate-900">
                <Amount minor={entry.amount} currency={entry.currency} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {transactions.length > 0 && (
        <ul className="divide-y divide-slate-100">
          {transactions.map((transaction) => (
            <li key={transaction.id} className="flex flex-wrap justify-between gap-2 py-1.5">
              <span>
                <LocalTime iso={transaction.created_at} /> · {TYPE_LABELS[transaction.type]}
                {transaction.description ? ` · ${transaction.description}` : ""}
              </span>
              <Amount minor={transaction.amount} currency={transaction.currency} />
            </li>
          ))}
        </ul>
      )}
      <Link href={`/invoices?customer_id=${customerId}`} className="inline-block font-medium text-brand-700 hover:underline">
        See this customer&apos;s invoices →
      </Link>
    </div>
  );
}
