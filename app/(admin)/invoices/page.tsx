import Link from "next/link";
import { Amount } from "@/components/invoices/amount";
import { INVOICE_STATUS_OPTIONS, InvoiceStatusBadges } from "@/components/invoices/status-badge";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { columnSort, listHref } from "@/components/ui/list-href";
import { DataTable, type Column } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCustomersQuerySchema } from "@/lib/schemas/customer";
import { listInvoicesQuerySchema, type InvoiceDto } from "@/lib/schemas/invoice";
import { canWrite } from "@/lib/services/context";
import { listCustomers } from "@/lib/services/customers/list-customers";
import { listInvoices } from "@/lib/services/invoices/list-invoices";
import { searchParam, type SearchParams } from "../search-params";

export const metadata = { title: "Invoices" };

const PATH = "/invoices";
const PAGE_SIZE = 25;
const DEFAULT_SORT = "-issued_at";

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = {
    q: searchParam(params, "q"),
    status: searchParam(params, "status"),
    customer_id: searchParam(params, "customer_id"),
    issued_from: searchParam(params, "issued_from"),
    issued_to: searchParam(params, "issued_to"),
    overdue: searchParam(params, "overdue"),
  };
  const sort = searchParam(params, "sort");
  const startingAfter = searchParam(params, "starting_after");
  const query = listInvoicesQuerySchema.safeParse({ ...filters, sort, limit: PAGE_SIZE, starting_after: startingAfter });
  const [page, customers] = await Promise.all([
    query.success ? listInvoices(ctx, query.data) : undefined,
    listCustomers(ctx, listCustomersQuerySchema.parse({ sort: "name", limit: "100" })),
  ]);
  const isFiltered = Object.values(filters).some(Boolean);
  const listState = { ...filters, sort };

  const sortable = (label: string, field: string): Pick<Column<InvoiceDto>, "header" | "sort"> => ({ header: label, sort: columnSort(PATH, filters, field, sort ?? DEFAULT_SORT) });
  const columns: Column<InvoiceDto>[] = [
    {
      header: "Number",
      cell: (invoice) => (
        <Link href={`/invoices/${invoice.id}`} className="font-mono font-medium text-brand-700 hover:underline">
          {invoice.number ?? "Draft"}
        </Link>
      ),
    },
    {
      header: "Customer",
      cell: (invoice) => (
        <Link href={`/customers/${invoice.customer_id}`} className="hover:underline">
          {invoice.customer_name}
        </Link>
      ),
    },
    { header: "Status", cell: (invoice) => <InvoiceStatusBadges status={invoice.status} overdue={invoice.overdue} partiallyPaid={invoice.status === "open" && invoice.amount_paid > 0} /> },
    { ...sortable("Issued", "issued_at"), cell: (invoice) => <LocalTime iso={invoice.issued_at} /> },
    { header: "Due", cell: (invoice) => <LocalTime iso={invoice.due_at} /> },
    { ...sortable("Total", "total"), className: "text-right", cell: (invoice) => <Amount minor={invoice.total} currency={invoice.currency} /> },
    { header: "Remaining", className: "text-right", cell: (invoice) => <Amount minor={invoice.amount_remaining} currency={invoice.currency} /> },
  ];
  const footer = page?.totals.length ? page.totals.map((totals) => (
    <tr key={totals.currency}>
      <th scope="row" colSpan={5} className="px-4 py-2.5 text-right text-sm">
        Total {totals.currency} ({totals.count} {totals.count === 1 ? "invoice" : "invoices"})
      </th>
      <td className="px-4 py-2.5 text-right">
        <Amount minor={totals.total} currency={totals.currency} />
      </td>
      <td className="px-4 py-2.5 text-right">
        <Amount minor={totals.amount_remaining} currency={totals.currency} />
      </td>
    </tr>
  )) : undefined;

  return (
    <>
      <PageHeader
        title="Invoices"
        description="Drafts, issued and paid invoices. Totals in the footer cover every invoice matching the filters."
        actions={
          canWrite(ctx) && (
            <Link href="/invoices/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
              New invoice
            </Link>
          )
        }
      />
      <FilterBar path={PATH} isFiltered={isFiltered} exportHref={listHref("/api/admin/exports/invoices", listState)}>
        <TextField label="Number" name="q" type="search" defaultValue={filters.q} placeholder="INV-2026-00042" />
        <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={INVOICE_STATUS_OPTIONS} />
        <SelectField
          label="Customer"
          name="customer_id"
          defaultValue={filters.customer_id ?? ""}
          options={[{ value: "", label: "Any customer" }, ...customers.data.map((customer) => ({ value: customer.id, label: customer.name }))]}
        />
        <TextField label="Issued from" name="issued_from" type="date" defaultValue={filters.issued_from} />
        <TextField label="Issued before" name="issued_to" type="date" defaultValue={filters.issued_to} />
        <SelectField
          label="Overdue"
          name="overdue"
          defaultValue={filters.overdue ?? ""}
          options={[
            { value: "", label: "Any" },
            { value: "true", label: "Overdue only" },
            { value: "false", label: "Not overdue" },
          ]}
        />
        {sort && <input type="hidden" name="sort" value={sort} />}
      </FilterBar>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState
          title="No invoices yet"
          description="Subscriptions are invoiced at each billing period; create a one-off invoice for anything else."
          action={
            canWrite(ctx) && (
              <Link href="/invoices/new" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white">
                New invoice
              </Link>
            )
          }
        />
      ) : (
        <>
          <DataTable caption="Invoices" columns={columns} rows={page.data} rowKey={(invoice) => invoice.id} empty="No invoice matches these filters." footer={footer} />
          <CursorPagination path={PATH} filters={listState} nextCursor={page.next_cursor} isFirstPage={!startingAfter} firstLabel="← First page" nextLabel="Next page →" />
        </>
      )}
    </>
  );
}
