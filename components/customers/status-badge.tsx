import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { CustomerDto } from "@/lib/schemas/customer";

const STATUS: Record<CustomerDto["status"], { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "success" },
  disabled: { label: "Disabled", tone: "warning" },
  archived: { label: "Archived", tone: "neutral" },
};

export function CustomerStatusBadge({ status }: { status: CustomerDto["status"] }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}

export const CUSTOMER_STATUS_OPTIONS = [
  { value: "", label: "Any status" },
  ...Object.entries(STATUS).map(([value, { label }]) => ({ value, label })),
];
