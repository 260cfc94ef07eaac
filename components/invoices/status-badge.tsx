import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { InvoiceStatusName } from "@/lib/schemas/invoice";

const TONES: Record<InvoiceStatusName, BadgeTone> = { draft: "neutral", open: "info", paid: "success", void: "neutral", uncollectible: "danger" };
const LABELS: Record<InvoiceStatusName, string> = { draft: "Draft", open: "Open", paid: "Paid", void: "Void", uncollectible: "Uncollectible" };

export const INVOICE_STATUS_OPTIONS = [{ value: "", label: "Any status" }, ...Object.entries(LABELS).map(([value, label]) => ({ value, label }))];

export function InvoiceStatusBadges({ status, overdue, partiallyPaid }: { status: InvoiceStatusName; overdue: boolean; partiallyPaid?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={TONES[status]}>{LABELS[status]}</Badge>
      {overdue && <Badge tone="warning">Overdue</Badge>}
      {partiallyPaid && <Badge tone="info">Partially paid</Badge>}
    </span>
  );
}
