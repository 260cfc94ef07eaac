import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { listHref } from "@/components/ui/list-href";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCustomerGroupsQuerySchema } from "@/lib/schemas/customer-group";
import { listCustomerGroups } from "@/lib/services/customer-groups/list-customer-groups";
import { canWrite } from "@/lib/services/context";
import { searchParam, type SearchParams } from "../../search-params";

export const metadata = { title: "Customer groups" };

const PATH = "/customers/groups";
const STATUS_OPTIONS = [
  { value: "", label: "Active and archived" },
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
];

export default async function CustomerGroupsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = { q: searchParam(params, "q"), status: searchParam(params, "status") };
  const startingAfter = searchParam(params, "starting_after");
  const query = listCustomerGroupsQuerySchema.safeParse({ ...filters, limit: 50, starting_after: startingAfter });
  const page = query.success ? await listCustomerGroups(ctx, query.data) : undefined;
  const isFiltered = Boolean(filters.q || filters.status);
  const newLink = canWrite(ctx) && (
    <Link href="/customers/groups/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
      New group
    </Link>
  );
  return (
    <>
      <PageHeader title="Customer groups" description="Segments and resellers. A group's defaults fill its members' unset billing settings." actions={newLink} />
      <FilterBar path={PATH} isFiltered={isFiltered} exportHref={listHref("/api/admin/exports/customer_groups", filters)}>
        <TextField label="Search" name="q" type="search" defaultValue={filters.q} placeholder="Code or name" />
        <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={STATUS_OPTIONS} />
      </FilterBar>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState title="No customer groups yet" description="Create a group to share payment terms, currency, locale or tax exemption between customers." action={newLink} />
      ) : (
        <>
          <DataTable
            caption="Customer groups"
            rows={page.data}
            rowKey={(group) => group.id}
            empty="No group matches these filters."
            columns={[
              {
                header: "Name",
                cell: (group) => (
                  <Link href={`/customers/groups/${group.id}`} className="font-medium text-brand-700 hover:underline">
                    {group.name}
                  </Link>
                ),
              },
              { header: "Code", cell: (group) => <code className="font-mono text-xs">{group.code}</code> },
              {
                header: "Members",
                cell: (group) => (
                  <Link href={`/customers?group_id=${group.id}`} className="text-brand-700 hover:underline">
                    {group.member_count}
                  </Link>
                ),
              },
              {
                header: "Defaults",
                cell: (group) =>
                  [
                    group.payment_terms_days !== null && `${group.payment_terms_days} days`,
                    group.preferred_currency,
                    group.locale,
                    group.tax_exempt !== null && (group.tax_exempt ? "tax exempt" : "not exempt"),
                  ]
                    .filter(Boolean)
                    .join(", ") || "—",
              },
              { header: "Status", cell: (group) => (group.archived_at ? <Badge tone="neutral">Archived</Badge> : <Badge tone="success">Active</Badge>) },
            ]}
          />
          <CursorPagination path={PATH} filters={filters} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      )}
    </>
  );
}
