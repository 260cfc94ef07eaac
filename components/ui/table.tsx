import Link from "next/link";
import type { ReactNode } from "react";
import type { ColumnSort } from "./list-href";

export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Hide the header text visually (e.g. an actions column) while keeping it for screen readers. */
  hideHeader?: boolean;
  className?: string;
  /** A sortable column (see columnSort): the header links to `href`; `direction` marks the current sort. */
  sort?: ColumnSort;
};

type DataTableProps<Row> = {
  /** Names the table for assistive technology (visually hidden). */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty: ReactNode;
  /** Rows of a <tfoot> (e.g. totals), as <tr> elements. */
  footer?: ReactNode;
};

/** A header sits over its column's figures: right-aligned columns (amounts, quantities) get right-aligned headers. */
const alignsRight = (column: { className?: string }) => column.className?.split(" ").includes("text-right") ?? false;

/** A table that scrolls sideways on small screens instead of squeezing its columns. */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, footer }: DataTableProps<Row>) {
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
                aria-sort={column.sort ? (column.sort.direction ?? "none") : undefined}
                className={`whitespace-nowrap px-4 py-2.5 text-xs font-semibold uppercase tracking-wide text-slate-600 ${alignsRight(column) ? "text-right" : ""}`}
              >
                {column.hideHeader ? (
                  <span className="sr-only">{column.header}</span>
                ) : column.sort ? (
                  <Link href={column.sort.href} className="inline-flex items-center gap-1 hover:text-slate-900">
                    {column.header}
                    <span aria-hidden className={column.sort.direction ? "text-slate-900" : "text-slate-400"}>
                      {column.sort.direction === "descending" ? "↓" : column.sort.direction === "ascending" ? "↑" : "↕"}
                    </span>
                    <span className="sr-only">{column.sort.direction ? `, sorted ${column.sort.direction}` : ", sort"}</span>
                  </Link>
                ) : (
                  column.header
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
        {footer && <tfoot className="border-t border-slate-200 bg-slate-50 font-medium text-slate-900">{footer}</tfoot>}
      </table>
    </div>
  );
}
