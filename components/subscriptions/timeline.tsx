import { LocalTime } from "@/components/ui/local-time";
import type { SubscriptionEventDto } from "@/lib/schemas/subscription";
import { statusLabel } from "./status-badge";

const LABELS: Record<string, string> = {
  created: "Subscribed",
  pause: "Paused",
  resume: "Resumed",
  cancel: "Canceled",
  expire: "Expired",
  schedule_cancel: "Cancellation scheduled",
  undo_scheduled_cancel: "Scheduled cancellation undone",
  first_payment_succeeded: "First payment received",
  payment_failed: "Payment failed",
  payment_recovered: "Payment recovered",
  plan_changed: "Plan changed",
  plan_change_scheduled: "Plan change scheduled",
  quantity_change_scheduled: "Quantity change scheduled",
  scheduled_change_canceled: "Scheduled change cancelled",
  quantity_changed: "Quantity changed",
  add_on_added: "Add-on added",
  add_on_removed: "Add-on removed",
  charge_held: "Charge held",
  charge_resumed: "Charge resumed",
  trial_ended: "Trial ended",
  invoice_created: "Invoice created",
};

const label = (type: string) => LABELS[type] ?? type.replaceAll("_", " ");

/** A short human reading of an event's details (the API has them in full). */
function summary(event: SubscriptionEventDto): string | null {
  const details = event.details as Record<string, unknown>;
  const parts = [
    typeof details.key === "string" ? `“${details.key}”` : null,
    details.quantities && typeof details.quantities === "object" ? Object.entries(details.quantities).map(([key, quantity]) => `${key} × ${String(quantity)}`).join(", ") : null,
    typeof details.effective_at === "string" ? `effective ${details.effective_at.slice(0, 10)}` : null,
    typeof details.reason === "string" ? `reason: ${details.reason}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}

/** The subscription's history, newest first. */
export function SubscriptionTimeline({ events }: { events: SubscriptionEventDto[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No events.</p>;
  return (
    <ol aria-label="Timeline" className="space-y-3 border-l-2 border-slate-200 pl-4">
      {events.map((event) => (
        <li key={event.id} className="relative">
          <span aria-hidden className="absolute -left-[1.4rem] top-1.5 size-2.5 rounded-full bg-brand-600" />
          <p className="text-sm font-medium text-slate-900">
            {label(event.type)}
            {event.from_status && event.to_status && (
              <span className="font-normal text-slate-600">
                {" "}
                ({statusLabel(event.from_status)} → {statusLabel(event.to_status)})
              </span>
            )}
          </p>
          {summary(event) && <p className="text-sm text-slate-600">{summary(event)}</p>}
          <p className="text-xs text-slate-500">
            <LocalTime iso={event.occurred_at} /> · {event.actor}
          </p>
        </li>
      ))}
    </ol>
  );
}
