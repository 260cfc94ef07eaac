/** Text from the OpenAPI document, where `backticks` mark code. */
export function InlineCode({ text }: { text: string }) {
  return text.split("`").map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-800">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
