import Link from "next/link";
import { SUBSCRIPTION_STATUS_OPTIONS, SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { columnSort, listHref } from "@/components/ui/list-href";
import { DataTable, type Column } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listPlansQuerySchema } from "@/lib/schemas/plan";
import { listSubscriptionsQuerySchema, type SubscriptionDto } from "@/lib/schemas/subscription";
import { canWrite } from "@/lib/services/context";
import { listPlans } from "@/lib/services/plans/list-plans";
import { listSubscriptions } from "@/lib/services/subscriptions/list-subscriptions";
import { getSubscriptionNames } from "@/lib/services/subscriptions/subscription-names";
import { searchParam, type SearchParams } from "../search-params";

export const metadata = { title: "Subscriptions" };

const PATH = "/subscriptions";
const PAGE_SIZE = 25;
const linkClass = "rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700";
const none = <span className="text-slate-400">—</span>;

export default async function SubscriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = {
    q: searchParam(params, "q"),
    status: searchParam(params, "status"),
    plan_id: searchParam(params, "plan_id"),
    customer_id: searchParam(params, "customer_id"),
    renews_from: searchParam(params, "renews_from"),
    renews_before: searchParam(params, "renews_before"),
  };
  const sort = searchParam(params, "sort");
  const startingAfter = searchParam(params, "starting_after");
  const query = listSubscriptionsQuerySchema.safeParse({ ...filters, sort, limit: PAGE_SIZE, starting_after: startingAfter });
  const [page, plans] = await Promise.all([query.success ? listSubscriptions(ctx, query.data) : undefined, listPlans(ctx, listPlansQuerySchema.parse({ limit: "100" }))]);
  const names = await getSubscriptionNames(ctx, page?.data ?? []);
  const isFiltered = Object.values(filters).some(Boolean);
  const listState = { ...filters, sort };

  const sortable = (label: string, field: string): Pick<Column<SubscriptionDto>, "header" | "sort"> => ({ header: label, sort: columnSort(PATH, filters, field, sort) });
  const columns: Column<SubscriptionDto>[] = [
    {
      header: "Subscription",
      cell: (row) => (
        <Link href={`/subscriptions/${row.id}`} className="font-mono text-xs font-medium text-brand-700 hover:underline">
          {row.id}
        </Link>
      ),
    },
    {
      header: "Customer",
      cell: (row) => (
        <Link href={`/customers/${row.customer_id}`} className="hover:underline">
          {names.customers[row.customer_id] ?? row.customer_id}
        </Link>
      ),
    },
    { header: "Plan", cell: (row) => names.plans[row.plan_id] ?? row.plan_id },
    { header: "Status", cell: (row) => <SubscriptionStatusBadge subscription={row} /> },
    { header: "Currency", cell: (row) => row.currency },
    { ...sortable("Started", "started_at"), cell: (row) => <LocalTime iso={row.started_at} /> },
    { ...sortable("Next billing", "next_billing_at"), cell: (row) => (row.next_billing_at ? <LocalTime iso={row.next_billing_at} /> : none) },
  ];

  return (
    <>
      <PageHeader
        title="Subscriptions"
        description="Which customer is on which plan, since when, and what renews next."
        actions={
          canWrite(ctx) && (
            <Link href="/subscriptions/new" className={linkClass}>
              New subscription
            </Link>
          )
        }
      />
      <FilterBar path={PATH} isFiltered={isFiltered} exportHref={listHref("/api/admin/exports/subscriptions", listState)}>
        <TextField label="Customer" name="q" type="search" defaultValue={filters.q} placeholder="Name, email, reference or sub_…" />
        <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={SUBSCRIPTION_STATUS_OPTIONS} />
        <SelectField
          label="Plan"
          name="plan_id"
          defaultValue={filters.plan_id ?? ""}
          options={[{ value: "", label: "Any plan" }, ...plans.data.map((plan) => ({ value: plan.id, label: plan.name }))]}
        />
        <TextField label="Renews from" name="renews_from" type="date" defaultValue={filters.renews_from} />
        <TextField label="Renews before" name="renews_before" type="date" defaultValue={filters.renews_before} />
        {filters.customer_id && <input type="hidden" name="customer_id" value={filters.customer_id} />}
        {sort && <input type="hidden" name="sort" value={sort} />}
      </FilterBar>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState
          title="No subscriptions yet"
          description="Subscribe a customer to a plan here, or through the API (POST /api/v1/subscriptions)."
          action={
            canWrite(ctx) && (
              <Link href="/subscriptions/new" className={linkClass}>
                New subscription
              </Link>
            )
          }
        />
      ) : (
        <>
          <DataTable caption="Subscriptions" columns={columns} rows={page.data} rowKey={(row) => row.id} empty="No subscription matches these filters." />
          <CursorPagination path={PATH} filters={listState} nextCursor={page.next_cursor} isFirstPage={!startingAfter} firstLabel="← First page" nextLabel="Next page →" />
        </>
      )}
    </>
  );
}
