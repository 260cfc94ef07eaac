import { formatMoney, money } from "@/lib/billing/money";

/** Integer minor units shown in the currency, e.g. 10159 EUR → €101.59. */
export function Amount({ minor, currency, className }: { minor: number; currency: string; className?: string }) {
  return <span className={`whitespace-nowrap tabular-nums ${className ?? ""}`}>{formatMoney(money(minor, currency))}</span>;
}
