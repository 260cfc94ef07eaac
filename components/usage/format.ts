// Display formatting of usage figures in the reader's locale (the figures themselves stay exact strings).
import type { BucketSize } from "@/lib/usage/buckets";

/** A decimal quantity string in the locale, every digit kept (Intl formats decimal strings exactly). */
export function formatQuantity(quantity: string, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 12 }) as unknown as { format: (value: string) => string };
  return format.format(quantity);
}

/** A bucket's start as its axis label: hours in local time, days and months as the UTC calendar buckets they are. */
export function formatBucket(iso: string, bucket: BucketSize, style: "axis" | "full" = "axis"): string {
  const date = new Date(iso);
  if (bucket === "hour") {
    return date.toLocaleString(undefined, style === "axis" ? { hour: "2-digit", minute: "2-digit" } : { dateStyle: "medium", timeStyle: "short" });
  }
  if (bucket === "day") return date.toLocaleDateString(undefined, { timeZone: "UTC", month: "short", day: "numeric", ...(style === "full" ? { year: "numeric", weekday: "short" } : {}) });
  return date.toLocaleDateString(undefined, { timeZone: "UTC", month: "short", year: "numeric" });
}
