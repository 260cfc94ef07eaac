"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable } from "@/components/ui/table";
import { formatMoney, money } from "@/lib/billing/money";
import { fetchJson } from "@/lib/query/fetch-json";
import { qk } from "@/lib/query/keys";
import type { CustomerUsageDto, UsageSeriesDto } from "@/lib/schemas/usage";
import { ceilHour, floorHour } from "@/lib/usage/buckets";
import { groupLabel } from "@/lib/usage/series-totals";
import { formatQuantity } from "./format";
import { UsageChart } from "./usage-chart";

const REFETCH_MS = 5_000;

type Subscription = CustomerUsageDto["subscriptions"][number];
type Item = Subscription["items"][number];

/** The customer's current-period usage per subscription and usage item, refreshed every few seconds. */
export function CustomerUsagePanel({ customerId, locale, initial }: { customerId: string; locale: string; initial: CustomerUsageDto }) {
  const query = useQuery({
    queryKey: qk.usage.customer(customerId),
    queryFn: () => fetchJson<CustomerUsageDto>(`/api/admin/customers/${customerId}/usage`),
    initialData: initial,
    refetchInterval: REFETCH_MS,
  });
  const usage = query.data;
  const withItems = usage.subscriptions.filter((subscription) => subscription.items.length > 0);
  return (
    <div className="space-y-8">
      <FormError message={query.error?.message} />
      {withItems.length === 0 ? (
        <EmptyState
          title="No metered usage this period"
          description="The customer has no billing subscription with a usage-priced charge. Subscribe them to a plan with a usage charge to follow their usage here."
        />
      ) : (
        withItems.map((subscription) => <SubscriptionUsage key={subscription.subscription_id} customerId={customerId} locale={locale} subscription={subscription} />)
      )}
    </div>
  );
}

function SubscriptionUsage({ customerId, locale, subscription }: { customerId: string; locale: string; subscription: Subscription }) {
  const amount = (minor: number | null) => (minor === null ? <span className="text-slate-400">Not rated</span> : formatMoney(money(minor, subscription.currency), locale));
  const meters = [...new Map(subscription.items.map((item) => [item.meter_id, item])).values()];
  return (
    <section aria-label={`Usage of subscription ${subscription.subscription_id}`} className="space-y-4">
      <div>
        <h2 className="text-base font-semibold text-slate-900">
          <Link href={`/subscriptions/${subscription.subscription_id}`} className="font-mono text-brand-700 hover:underline">
            {subscription.subscription_id}
          </Link>
        </h2>
        <p className="text-sm text-slate-600">
          Current period: <LocalTime iso={subscription.period_start} /> to <LocalTime iso={subscription.period_end} />
        </p>
      </div>
      <DataTable
        caption={`Current usage of ${subscription.subscription_id}`}
        rows={subscription.items}
        rowKey={(item) => `${item.item_key}:${item.period_start}`}
        empty="No usage items."
        columns={[
          { header: "Meter", cell: (item) => <MeterCell item={item} customerId={customerId} /> },
          { header: "Quantity", className: "text-right font-mono", cell: (item) => formatQuantity(item.quantity, locale) },
          { header: "By dimension", cell: (item) => <DimensionSplit item={item} locale={locale} /> },
          { header: "Estimated cost", className: "text-right", cell: (item) => amount(item.estimated_amount) },
        ]}
        footer={
          <tr>
            <th scope="row" colSpan={3} className="px-4 py-2.5 text-left">
              Estimated total (before discounts and tax)
            </th>
            <td className="px-4 py-2.5 text-right">{amount(subscription.estimated_total)}</td>
          </tr>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {meters.map((item) => (
          <MeterDailyChart key={item.meter_id} customerId={customerId} item={item} />
        ))}
      </div>
    </section>
  );
}

function MeterCell({ item, customerId }: { item: Item; customerId: string }) {
  return (
    <div>
      <Link href={`/usage?meter_id=${item.meter_id}&range=30d&customer_id=${customerId}`} className="font-medium text-slate-900 hover:underline">
        {item.meter_name}
      </Link>
      <div className="text-xs text-slate-500">
        {item.description} · {item.aggregation.replace("_", " ")}
      </div>
    </div>
  );
}

function DimensionSplit({ item, locale }: { item: Item; locale: string }) {
  if (item.dimensions.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul className="space-y-0.5 text-xs">
      {item.dimensions.map((dimension) => (
        <li key={groupLabel(dimension.values)} className="flex justify-between gap-3">
          <span className="text-slate-600">{groupLabel(dimension.values)}</span>
          <span className="font-mono text-slate-900">{formatQuantity(dimension.quantity, locale)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The item's meter per day over the period, for this customer, stacked by the meter's dimensions. */
function MeterDailyChart({ customerId, item }: { customerId: string; item: Item }) {
  const groupBy = Object.keys(item.dimensions[0]?.values ?? {}).join(",");
  const params: Record<string, string> = {
    meter_id: item.meter_id,
    customer_id: customerId,
    bucket: "day",
    from: floorHour(new Date(item.period_start)).toISOString(),
    to: ceilHour(new Date(item.period_end)).toISOString(),
    ...(groupBy ? { group_by: groupBy } : {}),
  };
  const series = useQuery({
    queryKey: qk.usage.series(params),
    queryFn: () => fetchJson<UsageSeriesDto>(`/api/admin/usage/series?${new URLSearchParams(params)}`),
    refetchInterval: REFETCH_MS,
    placeholderData: keepPreviousData,
  });
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-medium text-slate-700">{item.meter_name} per day</h3>
      <FormError message={series.error?.message} />
      {series.data ? (
        <UsageChart series={series.data} title={`${item.meter_name} per day this period`} height={200} />
      ) : (
        <p role="status" className="text-sm text-slate-500">
          Loading…
        </p>
      )}
    </div>
  );
}
