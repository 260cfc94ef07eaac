import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SubscriptionDto } from "@/lib/schemas/subscription";

const STATUS: Record<SubscriptionDto["status"], { label: string; tone: BadgeTone }> = {
  incomplete: { label: "Incomplete", tone: "warning" },
  trialing: { label: "Trialing", tone: "info" },
  active: { label: "Active", tone: "success" },
  past_due: { label: "Past due", tone: "danger" },
  paused: { label: "Paused", tone: "warning" },
  canceled: { label: "Canceled", tone: "neutral" },
  expired: { label: "Expired", tone: "neutral" },
};

export const SUBSCRIPTION_STATUS_OPTIONS = [{ value: "", label: "Any status" }, ...Object.entries(STATUS).map(([value, { label }]) => ({ value, label }))];

export function SubscriptionStatusBadge({ subscription }: { subscription: Pick<SubscriptionDto, "status" | "cancel_at_period_end"> }) {
  const { label, tone } = STATUS[subscription.status];
  return (
    <span className="inline-flex gap-1">
      <Badge tone={tone}>{label}</Badge>
      {subscription.cancel_at_period_end && <Badge tone="warning">Cancels at period end</Badge>}
    </span>
  );
}

export const statusLabel = (status: SubscriptionDto["status"]) => STATUS[status].label;
