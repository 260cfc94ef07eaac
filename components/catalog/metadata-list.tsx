/** An object's metadata as key=value lines (a dash when it has none, like DetailList's empty values). */
export function MetadataList({ metadata }: { metadata: Record<string, string> }) {
  const entries = Object.entries(metadata);
  if (entries.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul className="space-y-1 font-mono text-xs">
      {entries.map(([key, value]) => (
        <li key={key}>{`${key}=${value}`}</li>
      ))}
    </ul>
  );
}
