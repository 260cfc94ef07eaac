"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/** False while rendering on the server and hydrating, true after: the server cannot know the browser's time zone. */
function useIsBrowser(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

const utcFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/**
 * A timestamp in the reader's locale and time zone. The server (and the hydration pass)
 * render UTC, so both agree; the browser then re-renders in local time.
 */
export function LocalTime({ iso, fallback = "—" }: { iso: string | null; fallback?: string }) {
  const isBrowser = useIsBrowser();
  if (!iso) return <span className="text-slate-400">{fallback}</span>;
  const date = new Date(iso);
  const text = isBrowser
    ? date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
    : `${utcFormat.format(date)} UTC`;
  return (
    <time dateTime={iso} title={iso} className="whitespace-nowrap">
      {text}
    </time>
  );
}
