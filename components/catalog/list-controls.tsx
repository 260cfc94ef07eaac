import type { ReactNode } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { listHref } from "@/components/ui/list-href";

export type ListFilters = Record<string, string | undefined>;

const STATUS_OPTIONS = [
  { value: "", label: "Active and archived" },
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
];

/** Search box and status filter every catalogue list has, plus the list's own filters. */
export function CatalogFilters({
  path,
  filters,
  searchLabel,
  exportList,
  children,
}: {
  path: string;
  filters: ListFilters;
  searchLabel: string;
  /** The list's name under /api/admin/exports (none: no CSV export). */
  exportList?: string;
  children?: ReactNode;
}) {
  const isFiltered = Object.entries(filters).some(([name, value]) => name !== "sort" && Boolean(value));
  return (
    <FilterBar path={path} isFiltered={isFiltered} exportHref={exportList && listHref(`/api/admin/exports/${exportList}`, filters)}>
      <TextField label={searchLabel} name="q" type="search" defaultValue={filters.q} placeholder="Code or name" />
      <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={STATUS_OPTIONS} />
      {children}
      {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
    </FilterBar>
  );
}
