"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Fragment, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { fetchJson } from "@/lib/query/fetch-json";
import { qk } from "@/lib/query/keys";
import type { ListResponse } from "@/lib/schemas/common";
import type { UsageEventDto } from "@/lib/schemas/usage-event";

const POLL_MS = 2_000;
const PAGE_SIZE = 25;

const NOT_COUNTED_REASONS: Record<string, string> = {
  period_closed: "Its period was already invoiced: the event is stored and listed, but not counted (correct it with a credit note or an adjustment).",
};

type Page = ListResponse<UsageEventDto>;
type Seen = { pages: Page[] | null; ids: Set<string>; fresh: Set<string> };

/**
 * Events of the newest page that were not there before are "fresh" (highlighted until the next
 * arrivals); events of older pages loaded on demand never are. State adjusted while rendering
 * (React's pattern for deriving state from changing data), no effect.
 */
function useFreshIds(pages: Page[] | undefined): Set<string> {
  const [seen, setSeen] = useState<Seen>({ pages: null, ids: new Set(), fresh: new Set() });
  if (pages && pages !== seen.pages) {
    const all = pages.flatMap((page) => page.data.map((event) => event.transaction_id));
    const arrivals = seen.pages === null ? [] : (pages[0]?.data ?? []).map((event) => event.transaction_id).filter((id) => !seen.ids.has(id));
    setSeen({ pages, ids: new Set([...seen.ids, ...all]), fresh: arrivals.length > 0 ? new Set(arrivals) : seen.fresh });
  }
  return seen.fresh;
}

export type EventFilters = { customer_id?: string; event_name?: string; transaction_id?: string; counted?: "true" | "false" };

/** Raw usage events, newest first, polled every 2 s (pausable), with the older pages on demand. */
export function EventStream({ filters }: { filters: EventFilters }) {
  const [paused, setPaused] = useState(false);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const params = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
  const query = useInfiniteQuery({
    queryKey: qk.usage.events(params),
    queryFn: ({ pageParam }) =>
      fetchJson<Page>(`/api/admin/usage/events?${new URLSearchParams({ ...params, limit: String(PAGE_SIZE), ...(pageParam ? { starting_after: pageParam } : {}) })}`),
    initialPageParam: "",
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    refetchInterval: paused ? false : POLL_MS,
  });
  const fresh = useFreshIds(query.data?.pages);
  const events = query.data?.pages.flatMap((page) => page.data) ?? [];
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          {paused ? "Resume" : "Pause"}
        </Button>
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <span aria-hidden className={`inline-block size-2 rounded-full ${paused ? "bg-slate-400" : "animate-pulse bg-green-500"}`} />
          {paused ? "Paused: new events are not fetched." : "Live: refreshing every 2 seconds."}
        </p>
      </div>
      <FormError message={query.error?.message} />
      <div className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">Usage events</caption>
          <thead className="bg-slate-50">
            <tr>
              {["Time", "Event", "Customer", "Transaction id", "Status", "Received"].map((header) => (
                <th key={header} scope="col" className="whitespace-nowrap px-4 py-2.5 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {header}
                </th>
              ))}
              <th scope="col" className="px-4 py-2.5">
                <span className="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {query.isPending ? (
              <tr>
                <td colSpan={7} className="px-4 py-8 text-center text-slate-500" role="status">
                  Loading events…
                </td>
              </tr>
            ) : events.length === 0 ? (
              <tr>
                <td colSpan={7} className="px-4 py-8 text-center text-slate-500">
                  {Object.keys(params).length > 0 ? "No events match these filters." : "No events yet. Events sent to POST /api/v1/events appear here within seconds."}
                </td>
              </tr>
            ) : (
              events.map((event) => {
                const open = expanded.has(event.transaction_id);
                const isFresh = fresh.has(event.transaction_id);
                return (
                  <Fragment key={event.transaction_id}>
                    <tr data-new={isFresh || undefined} className={`align-top transition-colors ${isFresh ? "bg-amber-50" : ""}`}>
                      <td className="px-4 py-3 text-slate-700">
                        <LocalTime iso={event.timestamp} />
                      </td>
                      <td className="px-4 py-3 font-mono text-xs text-slate-900">{event.event_name}</td>
                      <td className="px-4 py-3">
                        <Link href={`/customers/${event.customer_id}/usage`} className="font-mono text-xs text-brand-700 hover:underline">
                          {event.customer_id}
                        </Link>
                      </td>
                      <td className="whitespace-nowrap px-4 py-3 font-mono text-xs text-slate-700">{event.transaction_id}</td>
                      <td className="px-4 py-3">
                        {event.counted ? <Badge tone="success">Counted</Badge> : <Badge tone="warning">Not counted</Badge>}
                        {isFresh && (
                          <span className="ml-2">
                            <Badge tone="info">New</Badge>
                          </span>
                        )}
                      </td>
                      <td className="px-4 py-3 text-slate-700">
                        <LocalTime iso={event.received_at} />
                      </td>
                      <td className="px-4 py-3 text-right">
                        <button
                          type="button"
                          aria-expanded={open}
                          aria-label={`${open ? "Hide" : "Show"} details of ${event.transaction_id}`}
                          onClick={() => toggle(event.transaction_id)}
                          className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50"
                        >
                          {open ? "Hide" : "Details"}
                        </button>
                      </td>
                    </tr>
                    {open && (
                      <tr className="bg-slate-50">
                        <td colSpan={7} className="px-4 py-3">
                          {!event.counted && (
                            <p className="mb-2 text-sm text-amber-800">
                              Not counted ({event.not_counted_reason}): {NOT_COUNTED_REASONS[event.not_counted_reason ?? ""] ?? "the event is stored but no meter counts it."}
                            </p>
                          )}
                          <pre aria-label={`Properties of ${event.transaction_id}`} className="overflow-x-auto rounded bg-white p-3 font-mono text-xs text-slate-800 ring-1 ring-slate-200">
                            {JSON.stringify(event.properties, null, 2)}
                          </pre>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      {query.hasNextPage && (
        <Button type="button" variant="secondary" pending={query.isFetchingNextPage} onClick={() => query.fetchNextPage()}>
          Load older events
        </Button>
      )}
    </div>
  );
}
