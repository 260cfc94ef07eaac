import Link from "next/link";
import type { ReactNode } from "react";

export type Column<Row> = {
  header: string;
  /** Replaces the header text, e.g. with a sort link (header stays the column's key). */
  headerContent?: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Hide the header text visually (e.g. an actions column) while keeping it for screen readers. */
  hideHeader?: boolean;
  className?: string;
  /** A sortable column: the header links to `href`; `direction` marks the current sort. */
  sort?: { href: string; direction?: "ascending" | "descending" };
  /** aria-sort of a column sorted through headerContent. */
  sorted?: "ascending" | "descending" | "none";
};

type DataTableProps<Row> = {
  /** Names the table for assistive technology (visually hidden). */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty: ReactNode;
};

/** A table that scrolls sideways on small screens instead of squeezing its columns. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty }: DataTableProps<Row>) {
  // `relative`: sr-only texts are absolutely positioned and must not escape the scroller (page-wide overflow).
  return (
    <div className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                aria-sort={column.sort?.direction ?? column.sorted}
                className="whitespace-nowrap px-4 py-2.5 text-xs font-semibold uppercase tracking-wide text-slate-600"
              >
                {column.hideHeader ? (
                  <span className="sr-only">{column.header}</span>
                ) : column.sort ? (
                  <Link href={column.sort.href} className="hover:text-slate-900">
                    {column.header}
                    <span aria-hidden> {column.sort.direction === "ascending" ? "↑" : column.sort.direction === "descending" ? "↓" : "↕"}</span>
                  </Link>
                ) : (
                  (column.headerContent ?? column.header)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-8 text-center text-slate-500">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="align-top">
                {columns.map((column) => (
                  <td key={column.header} className={`px-4 py-3 text-slate-700 ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
