/** Shown under the usage tabs while a limits page loads (each limit's period usage is read live). */
export default function UsageLimitsLoading() {
  return (
    <div role="status" aria-label="Loading" className="animate-pulse space-y-4">
      <div className="h-7 w-48 rounded bg-slate-200" />
      <div className="h-10 w-full max-w-xl rounded bg-slate-100" />
      <div className="h-48 w-full rounded-lg bg-slate-100" />
    </div>
  );
}
