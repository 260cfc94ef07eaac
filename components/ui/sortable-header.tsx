import Link from "next/link";

type Props = {
  label: string;
  /** The sort value of this column, ascending (e.g. "name"); descending is "-name". */
  field: string;
  /** The list's current sort. */
  current: string | undefined;
  /** Builds the list's URL for a sort (keeping the filters, restarting paging). */
  hrefFor: (sort: string) => string;
};

/** A column header that sorts the list by this column; clicking again reverses the order. */
export function SortableHeader({ label, field, current, hrefFor }: Props) {
  const direction = current === field ? "asc" : current === `-${field}` ? "desc" : null;
  const next = direction === "asc" ? `-${field}` : field;
  return (
    <Link href={hrefFor(next)} className="inline-flex items-center gap-1 hover:text-slate-900">
      {label}
      <span aria-hidden className={direction ? "text-slate-900" : "text-slate-300"}>
        {direction === "desc" ? "↓" : "↑"}
      </span>
      <span className="sr-only">{direction === "asc" ? ", sorted ascending" : direction === "desc" ? ", sorted descending" : ", sort"}</span>
    </Link>
  );
}

export const ariaSort = (field: string, current: string | undefined) =>
  current === field ? ("ascending" as const) : current === `-${field}` ? ("descending" as const) : ("none" as const);
