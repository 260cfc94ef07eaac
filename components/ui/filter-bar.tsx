import Form from "next/form";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";

type Props = {
  path: string;
  isFiltered: boolean;
  children: ReactNode;
  /** Offers the list as CSV: the export route with the current filters and sort (see listHref). */
  exportHref?: string;
};

/** A GET form: the filters live in the query string, so filtered views can be linked and reloaded. */
export function FilterBar({ path, isFiltered, children, exportHref }: Props) {
  return (
    <Form action={path} role="search" aria-label="Filters" className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {isFiltered && (
        <Link href={path} className="rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100">
          Clear filters
        </Link>
      )}
      {exportHref && (
        <a href={exportHref} download className="ml-auto rounded-md px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
          Export CSV
        </a>
      )}
    </Form>
  );
}
