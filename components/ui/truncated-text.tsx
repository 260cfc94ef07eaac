/** One line of a long text; the whole text unfolds in place. */
export function TruncatedText({ text }: { text: string }) {
  return (
    <details className="group max-w-xs">
      <summary className="cursor-pointer truncate font-mono text-xs text-slate-700">
        <span className="group-open:hidden">{text}</span>
        <span className="hidden font-sans group-open:inline">Hide</span>
      </summary>
      <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">{text}</pre>
    </details>
  );
}
