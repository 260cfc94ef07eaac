"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UsageSeriesDto } from "@/lib/schemas/usage";
import { bucketSpans } from "@/lib/usage/buckets";
import { groupLabel } from "@/lib/usage/series-totals";
import { formatBucket, formatQuantity } from "./format";

const COLORS = ["#1f63db", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#0ea5e9", "#ec4899", "#84cc16", "#64748b", "#14b8a6"];

type Row = { bucket: string; exact: Record<string, string> } & Record<string, number | string | Record<string, string>>;

/** One row per bucket of the range (empty buckets included, so the axis is continuous), one bar key per group. */
function chartRows(series: UsageSeriesDto) {
  const labels = [...new Set(series.data.map((point) => groupLabel(point.group)))].sort((a, b) => a.localeCompare(b));
  const keyOf = new Map(labels.map((label, i) => [label, `g${i}`]));
  const rows = new Map<string, Row>(
    bucketSpans(new Date(series.from), new Date(series.to), series.bucket).map(({ bucket }) => [bucket.toISOString(), { bucket: bucket.toISOString(), exact: {} } as Row]),
  );
  for (const point of series.data) {
    const row = rows.get(point.bucket_start);
    if (!row) continue;
    const key = keyOf.get(groupLabel(point.group))!;
    row[key] = Number(point.quantity); // bar heights only; the tooltip and tables show the exact string
    row.exact[key] = point.quantity;
  }
  return { rows: [...rows.values()], bars: labels.map((label) => ({ label, key: keyOf.get(label)! })) };
}

type TooltipProps = {
  active?: boolean;
  payload?: readonly { dataKey?: unknown; name?: unknown; color?: string; payload?: unknown }[];
  label?: unknown;
  bucket: UsageSeriesDto["bucket"];
};

function ExactTooltip({ active, payload, label, bucket }: TooltipProps) {
  if (!active || !payload?.length) return null;
  const row = payload[0]!.payload as Row;
  return (
    <div className="rounded-md bg-white px-3 py-2 text-xs shadow-lg ring-1 ring-slate-200">
      <p className="mb-1 font-semibold text-slate-900">{formatBucket(String(label), bucket, "full")}</p>
      <ul className="space-y-0.5">
        {payload.map((entry) => (
          <li key={String(entry.dataKey)} className="flex items-center gap-2">
            <span aria-hidden className="inline-block size-2 rounded-sm" style={{ background: entry.color }} />
            <span className="text-slate-600">{String(entry.name)}</span>
            <span className="ml-auto font-mono text-slate-900">{formatQuantity(row.exact[String(entry.dataKey)] ?? "0")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Usage per bucket as bars, stacked by group (dimension values or customer). */
export function UsageChart({ series, title, height = 280 }: { series: UsageSeriesDto; title: string; height?: number }) {
  const { rows, bars } = chartRows(series);
  return (
    <figure aria-label={title} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="bucket" tickFormatter={(iso: string) => formatBucket(iso, series.bucket)} tick={{ fontSize: 12, fill: "#475569" }} minTickGap={16} />
            <YAxis tickFormatter={(value: number) => new Intl.NumberFormat(undefined, { notation: "compact" }).format(value)} tick={{ fontSize: 12, fill: "#475569" }} width={56} />
            <Tooltip content={(props) => <ExactTooltip {...props} bucket={series.bucket} />} cursor={{ fill: "#f1f5f9" }} />
            {bars.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {bars.map((bar, i) => (
              <Bar key={bar.key} dataKey={bar.key} name={bar.label} stackId="usage" fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
