/** Shown while a catalogue list page loads (its route's loading.tsx). */
export function ListLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-10 w-full animate-pulse rounded bg-slate-100" />
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="h-12 w-full animate-pulse rounded bg-slate-100" />
      ))}
    </div>
  );
}
