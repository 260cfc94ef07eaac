import Link from "next/link";
import type { ReactNode } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import type { CatalogSort } from "@/lib/schemas/catalog";

export type ListFilters = Record<string, string | undefined>;

const STATUS_OPTIONS = [
  { value: "", label: "Active and archived" },
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
];

/** Search box and status filter every catalogue list has, plus the list's own filters. */
export function CatalogFilters({ path, filters, searchLabel, children }: { path: string; filters: ListFilters; searchLabel: string; children?: ReactNode }) {
  const isFiltered = Object.entries(filters).some(([name, value]) => name !== "sort" && Boolean(value));
  return (
    <FilterBar path={path} isFiltered={isFiltered}>
      <TextField label={searchLabel} name="q" type="search" defaultValue={filters.q} placeholder="Code or name" />
      <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={STATUS_OPTIONS} />
      {children}
      {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
    </FilterBar>
  );
}

function href(path: string, filters: ListFilters, sort: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, sort })) if (value) params.set(name, value);
  return `${path}?${params.toString()}`;
}

/** A column header that sorts by `field`: ascending first, descending on a second click. */
export function SortHeader({ path, filters, field, label, current }: { path: string; filters: ListFilters; field: string; label: string; current: CatalogSort }) {
  const active = current.replace(/^-/, "") === field;
  const descending = active && current.startsWith("-");
  const next = active && !descending ? `-${field}` : field;
  return (
    <Link
      href={href(path, filters, next)}
      className="inline-flex items-center gap-1 hover:text-slate-900"
    >
      {label}
      <span aria-hidden>{active ? (descending ? "↓" : "↑") : "↕"}</span>
      {active && <span className="sr-only">, sorted {descending ? "descending" : "ascending"}</span>}
    </Link>
  );
}
