import Link from "next/link";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { columnSort } from "@/components/ui/list-href";
import { LocalTime } from "@/components/ui/local-time";
import { DataTable, type Column } from "@/components/ui/table";
import type { ArchiveStatus, CatalogSort } from "@/lib/schemas/catalog";
import type { ListResponse } from "@/lib/schemas/common";
import type { ListFilters } from "./list-controls";
import { StatusBadge } from "./status-badge";

type CatalogRow = { id: string; code: string; name: string; status: ArchiveStatus; created_at: string };

type Props<Row extends CatalogRow> = {
  caption: string;
  path: string;
  filters: ListFilters;
  sort: CatalogSort;
  page: ListResponse<Row>;
  isFirstPage: boolean;
  /** Columns between name and status. */
  extraColumns?: Column<Row>[];
  empty: string;
};

/** Code (linking to the detail page), name, the resource's own columns, status and creation: sortable, paged. */
export function CatalogTable<Row extends CatalogRow>({ caption, path, filters, sort, page, isFirstPage, extraColumns = [], empty }: Props<Row>) {
  const sortBy = (field: string) => columnSort(path, filters, field, sort);
  return (
    <>
      <DataTable
        caption={caption}
        rows={page.data}
        rowKey={(row) => row.id}
        empty={empty}
        columns={[
          {
            header: "Code",
            sort: sortBy("code"),
            cell: (row) => (
              <Link href={`${path}/${row.id}`} className="font-mono text-brand-700 hover:underline">
                {row.code}
              </Link>
            ),
          },
          { header: "Name", sort: sortBy("name"), cell: (row) => row.name },
          ...extraColumns,
          { header: "Status", cell: (row) => <StatusBadge status={row.status} /> },
          { header: "Created", sort: sortBy("created_at"), cell: (row) => <LocalTime iso={row.created_at} /> },
        ]}
      />
      <CursorPagination path={path} filters={filters} nextCursor={page.next_cursor} isFirstPage={isFirstPage} />
    </>
  );
}
