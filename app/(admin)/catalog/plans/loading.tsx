export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading plans…</span>
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="h-10 rounded bg-slate-100" />
      <div className="h-64 rounded bg-slate-100" />
    </div>
  );
}
