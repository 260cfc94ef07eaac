import Link from "next/link";
import { CUSTOMER_STATUS_OPTIONS, CustomerStatusBadge } from "@/components/customers/status-badge";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { columnSort, listHref } from "@/components/ui/list-href";
import { DataTable, type Column } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCustomersQuerySchema, type CustomerDto } from "@/lib/schemas/customer";
import { listCustomerGroups } from "@/lib/services/customer-groups/list-customer-groups";
import { listCustomers } from "@/lib/services/customers/list-customers";
import { canWrite } from "@/lib/services/context";
import { searchParam, type SearchParams } from "../search-params";

export const metadata = { title: "Customers" };

const PATH = "/customers";
const PAGE_SIZE = 25;
const linkClass = "rounded-md px-3 py-2 text-sm font-semibold shadow-sm";


export default async function CustomersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = {
    q: searchParam(params, "q"),
    status: searchParam(params, "status"),
    country: searchParam(params, "country")?.toUpperCase(),
    group_id: searchParam(params, "group_id"),
  };
  const sort = searchParam(params, "sort");
  const startingAfter = searchParam(params, "starting_after");
  const query = listCustomersQuerySchema.safeParse({ ...filters, sort, limit: PAGE_SIZE, starting_after: startingAfter });
  const [page, groups] = await Promise.all([query.success ? listCustomers(ctx, query.data) : undefined, listCustomerGroups(ctx, { limit: 100 })]);
  const groupName = new Map(groups.data.map((group) => [group.id, group.name]));
  const isFiltered = Object.values(filters).some(Boolean);
  const listState = { ...filters, sort };

  const sortable = (label: string, field: string): Pick<Column<CustomerDto>, "header" | "sort"> => ({ header: label, sort: columnSort(PATH, filters, field, sort) });
  const columns: Column<CustomerDto>[] = [
    {
      ...sortable("Name", "name"),
      cell: (customer) => (
        <Link href={`/customers/${customer.id}`} className="font-medium text-brand-700 hover:underline">
          {customer.name}
        </Link>
      ),
    },
    { ...sortable("Account", "account_number"), cell: (customer) => <span className="font-mono text-xs">{customer.account_number}</span> },
    { header: "Email", cell: (customer) => customer.email ?? <span className="text-slate-400">—</span> },
    { header: "Reference", cell: (customer) => customer.external_ref ?? <span className="text-slate-400">—</span> },
    { header: "Country", cell: (customer) => customer.billing_address?.country ?? <span className="text-slate-400">—</span> },
    { header: "Group", cell: (customer) => (customer.group_id ? (groupName.get(customer.group_id) ?? customer.group_id) : <span className="text-slate-400">—</span>) },
    { header: "Status", cell: (customer) => <CustomerStatusBadge status={customer.status} /> },
    { ...sortable("Created", "created_at"), cell: (customer) => <LocalTime iso={customer.created_at} /> },
  ];

  return (
    <>
      <PageHeader
        title="Customers"
        description="The people and companies you bill. Search by name, email or reference, or by metadata with key=value."
        actions={
          <>
            <a href={listHref("/api/admin/customers/export.csv", listState)} download className={`${linkClass} bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50`}>
              Export CSV
            </a>
            {canWrite(ctx) && (
              <Link href="/customers/new" className={`${linkClass} bg-brand-600 text-white hover:bg-brand-700`}>
                New customer
              </Link>
            )}
          </>
        }
      />
      <FilterBar path={PATH} isFiltered={isFiltered}>
        <TextField label="Search" name="q" type="search" defaultValue={filters.q} placeholder="Name, email, reference or plan=pro" />
        <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={CUSTOMER_STATUS_OPTIONS} />
        <TextField label="Country" name="country" defaultValue={filters.country} placeholder="FR" maxLength={2} className="w-20" />
        <SelectField
          label="Group"
          name="group_id"
          defaultValue={filters.group_id ?? ""}
          options={[{ value: "", label: "Any group" }, ...groups.data.map((group) => ({ value: group.id, label: group.name }))]}
        />
        {sort && <input type="hidden" name="sort" value={sort} />}
      </FilterBar>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState
          title="No customers yet"
          description="Create one here, import a CSV file, or use the API (POST /api/v1/customers)."
          action={
            canWrite(ctx) && (
              <Link href="/customers/new" className={`${linkClass} bg-brand-600 text-white`}>
                New customer
              </Link>
            )
          }
        />
      ) : (
        <>
          <DataTable caption="Customers" columns={columns} rows={page.data} rowKey={(customer) => customer.id} empty="No customer matches these filters." />
          <CursorPagination path={PATH} filters={listState} nextCursor={page.next_cursor} isFirstPage={!startingAfter} firstLabel="← First page" nextLabel="Next page →" />
        </>
      )}
    </>
  );
}
