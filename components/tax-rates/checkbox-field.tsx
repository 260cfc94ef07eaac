import { useId, type InputHTMLAttributes, type ReactNode } from "react";

/** A checkbox with its label beside it and an optional hint or error below. */
export function CheckboxField({ label, hint, error, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: ReactNode; error?: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input id={id} type="checkbox" aria-invalid={Boolean(error)} aria-describedby={error || hint ? `${id}-note` : undefined} className="size-4 rounded border-slate-300" {...props} />
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          {label}
        </label>
      </div>
      {(error || hint) && (
        <p id={`${id}-note`} role={error ? "alert" : undefined} className={error ? "text-sm text-red-600" : "text-xs text-slate-500"}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}
