import { useId, type FormEvent, type ReactNode } from "react";

type Props = { title: string; description?: ReactNode; onSubmit: (event: FormEvent<HTMLFormElement>) => void; children: ReactNode };

/** A titled form on a card; the title is the form's accessible name (role "form"). */
export function FormCard({ title, description, onSubmit, children }: Props) {
  const titleId = useId();
  return (
    <form aria-labelledby={titleId} onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div>
        <h2 id={titleId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </form>
  );
}
