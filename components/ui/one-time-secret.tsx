import type { ReactNode } from "react";
import { Button } from "./button";
import { CopyButton } from "./copy-button";

type Props = { title: string; value: string; warning: ReactNode; onDismiss: () => void; testId: string };

/** A value shown once (a secret or a one-time link), highlighted, with a copy button. */
export function OneTimeSecret({ title, value, warning, onDismiss, testId }: Props) {
  return (
    <section aria-label={title} className="space-y-3 rounded-lg bg-amber-50 p-4 ring-1 ring-inset ring-amber-300">
      <div>
        <h3 className="text-sm font-semibold text-amber-900">{title}</h3>
        <p className="mt-1 text-sm text-amber-900">{warning}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 break-all rounded-md bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-amber-200" data-testid={testId}>
          {value}
        </code>
        <CopyButton value={value} />
      </div>
      <Button type="button" variant="ghost" onClick={onDismiss}>
        Done
      </Button>
    </section>
  );
}
