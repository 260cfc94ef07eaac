import { formatQuantity } from "@/components/usage/format";

/**
 * Current period usage against the threshold; `percent` is computed by the page (lib/usage/limit-progress.ts).
 * A null threshold: a percentage limit whose price includes nothing now.
 */
export function UsageProgress({ usage, threshold, percent, reached }: { usage: string; threshold: string | null; percent: number; reached: boolean }) {
  if (threshold === null) {
    return (
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-900">{formatQuantity(usage)}</span> / no included quantity to measure against
      </p>
    );
  }
  return (
    <div className="min-w-40 space-y-1">
      <div
        role="progressbar"
        aria-label={`Usage ${usage} of ${threshold}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full ${reached ? "bg-red-500" : percent >= 80 ? "bg-amber-500" : "bg-brand-600"}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="whitespace-nowrap text-xs text-slate-600">
        <span className="font-medium text-slate-900">{formatQuantity(usage)}</span> / {formatQuantity(threshold)} ({percent}%)
      </p>
    </div>
  );
}
