"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { FormEvent } from "react";
import { CustomerPicker } from "@/components/customers/customer-picker";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { formValues } from "@/components/ui/use-action";
import { fetchJson } from "@/lib/query/fetch-json";
import { qk } from "@/lib/query/keys";
import type { MeterDto } from "@/lib/schemas/meter";
import type { UsageSeriesDto, UsageTopCustomersDto } from "@/lib/schemas/usage";
import type { BucketSize } from "@/lib/usage/buckets";
import { isRangePreset, RANGE_PRESETS, resolveRange } from "@/lib/usage/explorer-range";
import { formatQuantity } from "./format";
import { UsageChart } from "./usage-chart";
import { UsageTotalsTable } from "./usage-totals-table";

export type ExplorerMeter = Pick<MeterDto, "id" | "code" | "name" | "aggregation" | "group_by">;

const REFETCH_MS = 5_000;
const BUCKETS: { value: BucketSize; label: string }[] = [
  { value: "hour", label: "Hour" },
  { value: "day", label: "Day" },
  { value: "month", label: "Month" },
];

/** The explorer's state lives in the URL (`/usage?meter_id=…&range=7d&group_by=model`), so views can be linked. */
function useExplorerParams(meters: ExplorerMeter[]) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const meter = meters.find((candidate) => candidate.id === params.get("meter_id")) ?? meters[0]!;
  const range = isRangePreset(params.get("range")) ? params.get("range")! : "7d";
  const preset = RANGE_PRESETS.find((candidate) => candidate.value === range)!;
  const bucketParam = params.get("bucket");
  const groupParam = params.get("group_by") ?? "";
  const state = {
    meter,
    range: preset.value,
    bucket: (BUCKETS.some((bucket) => bucket.value === bucketParam) ? bucketParam : preset.bucket) as BucketSize,
    groupBy: meter.group_by.includes(groupParam) ? groupParam : "",
    customerId: params.get("customer_id") ?? "",
    customFrom: params.get("from") ?? "",
    customTo: params.get("to") ?? "",
  };
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  return { state, update };
}

/** The hour the presets end with: fixed per render hour, so the query key only moves when the hour does. */
const currentHour = () => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);

export function UsageExplorer({ meters }: { meters: ExplorerMeter[] }) {
  const { state, update } = useExplorerParams(meters);
  const { meter, bucket, groupBy, customerId } = state;
  const range = resolveRange(state.range, currentHour(), { from: state.customFrom, to: state.customTo });
  const seriesParams: Record<string, string> = range
    ? { meter_id: meter.id, from: range.from.toISOString(), to: range.to.toISOString(), bucket, ...(groupBy ? { group_by: groupBy } : {}), ...(customerId ? { customer_id: customerId } : {}) }
    : {};
  const series = useQuery({
    queryKey: qk.usage.series(seriesParams),
    queryFn: () => fetchJson<UsageSeriesDto>(`/api/admin/usage/series?${new URLSearchParams(seriesParams)}`),
    enabled: range !== null,
    refetchInterval: REFETCH_MS,
    placeholderData: keepPreviousData,
  });
  const topParams: Record<string, string> = range ? { meter_id: meter.id, from: range.from.toISOString(), to: range.to.toISOString(), limit: "5" } : {};
  const top = useQuery({
    queryKey: qk.usage.topCustomers(topParams),
    queryFn: () => fetchJson<UsageTopCustomersDto>(`/api/admin/usage/top-customers?${new URLSearchParams(topParams)}`),
    enabled: range !== null,
    refetchInterval: REFETCH_MS,
    placeholderData: keepPreviousData,
  });

  return (
    <div className="space-y-6">
      <ExplorerControls meters={meters} state={state} update={update} rangeInvalid={state.range === "custom" && range === null} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-label="Usage over time" className="space-y-4">
          <FormError message={series.error?.message} />
          {!series.data ? (
            range && <LoadingPanel />
          ) : series.data.data.length === 0 ? (
            <EmptyState title="No usage in this range" description={`No events counted by ${meter.name} between these dates. Events sent to POST /api/v1/events appear here within seconds.`} />
          ) : (
            <>
              <UsageChart series={series.data} title={`${meter.name} per ${bucket}`} />
              <UsageTotalsTable series={series.data} groupName={groupBy || null} />
            </>
          )}
        </section>
        <TopCustomers meter={meter} top={top.data} error={top.error?.message} />
      </div>
    </div>
  );
}

function LoadingPanel() {
  return (
    <div role="status" className="flex h-72 items-center justify-center rounded-lg bg-white text-sm text-slate-500 shadow-sm ring-1 ring-slate-200">
      <span className="mr-2 size-4 animate-spin rounded-full border-2 border-slate-300 border-t-transparent" aria-hidden />
      Loading usage…
    </div>
  );
}

type ControlsProps = {
  meters: ExplorerMeter[];
  state: ReturnType<typeof useExplorerParams>["state"];
  update: (changes: Record<string, string>) => void;
  rangeInvalid: boolean;
};

function ExplorerControls({ meters, state, update, rangeInvalid }: ControlsProps) {
  const applyCustomer = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ customer_id: formValues(event.currentTarget).customer_id ?? "" });
  };
  return (
    <div className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label="Meter"
          value={state.meter.id}
          onChange={(event) => update({ meter_id: event.target.value, group_by: "" })}
          options={meters.map((meter) => ({ value: meter.id, label: `${meter.name} (${meter.aggregation.replace("_", " ")})` }))}
        />
        <SelectField
          label="Range"
          value={state.range}
          onChange={(event) => update({ range: event.target.value, bucket: "" })}
          options={RANGE_PRESETS.map((preset) => ({ value: preset.value, label: preset.label }))}
        />
        <SelectField label="Bucket" value={state.bucket} onChange={(event) => update({ bucket: event.target.value })} options={BUCKETS} />
        <SelectField
          label="Group by"
          value={state.groupBy}
          onChange={(event) => update({ group_by: event.target.value })}
          options={[{ value: "", label: "None" }, ...state.meter.group_by.map((name) => ({ value: name, label: name }))]}
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {state.range === "custom" && (
          <>
            <TextField label="From" type="datetime-local" value={state.customFrom} onChange={(event) => update({ from: event.target.value })} error={rangeInvalid ? "Pick a start before the end." : undefined} />
            <TextField label="To" type="datetime-local" value={state.customTo} onChange={(event) => update({ to: event.target.value })} />
          </>
        )}
        <form onSubmit={applyCustomer} className="flex flex-wrap items-end gap-2" aria-label="Customer filter">
          <div className="min-w-72 grow lg:max-w-2xl">
            <CustomerPicker name="customer_id" anyLabel="All customers" />
          </div>
          <Button type="submit" variant="secondary">
            Apply
          </Button>
        </form>
      </div>
      {state.customerId && (
        <p className="text-sm text-slate-600">
          Showing one customer:{" "}
          <Link href={`/customers/${state.customerId}/usage`} className="font-mono text-xs text-brand-700 hover:underline">
            {state.customerId}
          </Link>
        </p>
      )}
    </div>
  );
}

function TopCustomers({ meter, top, error }: { meter: ExplorerMeter; top?: UsageTopCustomersDto; error?: string }) {
  return (
    <section aria-labelledby="top-customers" className="self-start rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="top-customers" className="text-sm font-semibold text-slate-900">
        Top customers
      </h2>
      <p className="mb-3 text-xs text-slate-500">By {meter.name} over the range.</p>
      <FormError message={error} />
      {!top ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : top.data.length === 0 ? (
        <p className="text-sm text-slate-500">No customer used this meter in the range.</p>
      ) : (
        <ol aria-label="Top customers" className="divide-y divide-slate-100">
          {top.data.map((row) => (
            <li key={row.customer_id} className="flex items-baseline justify-between gap-3 py-2 text-sm">
              <Link href={`/customers/${row.customer_id}/usage`} className="truncate font-medium text-brand-700 hover:underline">
                {row.customer_name}
              </Link>
              <span className="font-mono text-slate-900">{formatQuantity(row.quantity)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
