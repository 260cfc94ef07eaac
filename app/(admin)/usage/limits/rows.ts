// What the limits pages show next to each limit and alert: its customer's name and its progress.
import type { LimitAlertRow } from "@/components/usage-limits/limit-alert-table";
import type { UsageLimitRow } from "@/components/usage-limits/usage-limit-table";
import type { UsageLimitDto, WebhookEventDto } from "@/lib/schemas/usage-limit";
import type { Ctx } from "@/lib/services/context";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { limitProgressPercent } from "@/lib/usage/limit-progress";

export async function customerNames(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = await Promise.all(unique.map((id) => getCustomer(ctx, id).then((customer) => customer.name, () => id)));
  return new Map(unique.map((id, i) => [id, names[i]!]));
}

export const toLimitRow = (limit: UsageLimitDto, names: Map<string, string>): UsageLimitRow => ({
  ...limit,
  customer_name: names.get(limit.customer_id) ?? limit.customer_id,
  percent: limit.threshold === null ? 0 : limitProgressPercent(limit.current_usage, limit.threshold),
});

/** The alert's fields come from the limit snapshot the event carries (as it was when emitted). */
export function toAlertRow(event: WebhookEventDto, names: Map<string, string>): LimitAlertRow {
  const limit = event.data.object as Partial<UsageLimitDto>;
  return {
    event,
    limitId: limit.id ?? "",
    customerName: names.get(event.customer_id ?? "") ?? event.customer_id ?? "—",
    meterCode: limit.meter_code ?? "—",
    usage: limit.current_usage ?? "—",
    threshold: limit.threshold ?? "—",
    action: limit.action ?? "warning",
  };
}
