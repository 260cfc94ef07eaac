import Link from "next/link";
import { columnSort, listHref } from "@/components/ui/list-href";
import { PlanTable } from "@/components/plans/plan-table";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listPlansQuerySchema, PLAN_SORTS } from "@/lib/schemas/plan";
import { canWrite } from "@/lib/services/context";
import { listPlans } from "@/lib/services/plans/list-plans";
import { listProductChoices } from "@/lib/services/plans/list-product-choices";
import { searchParam, type SearchParams } from "../../search-params";

export const metadata = { title: "Plans" };

const PATH = "/catalog/plans";
const PAGE_SIZE = 25;
const STATUS_OPTIONS = [{ value: "", label: "Any status" }, ...["draft", "active", "inactive", "archived"].map((value) => ({ value, label: value }))];

export default async function PlansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = { q: searchParam(params, "q"), status: searchParam(params, "status"), product_id: searchParam(params, "product_id"), sort: searchParam(params, "sort") };
  const startingAfter = searchParam(params, "starting_after");
  const query = listPlansQuerySchema.safeParse({ ...filters, limit: String(PAGE_SIZE), starting_after: startingAfter });
  const [page, products] = await Promise.all([query.success ? listPlans(ctx, query.data) : undefined, listProductChoices(ctx)]);
  const currentSort = query.success ? query.data.sort : PLAN_SORTS[0];
  const sortLink = (field: "code" | "created_at") => columnSort(PATH, filters, field, currentSort);
  const isFiltered = Boolean(filters.q || filters.status || filters.product_id);
  return (
    <>
      <PageHeader
        title="Plans"
        description="What you sell: billing terms, charges priced in each currency, and the features granted. Editing a plan with subscribers creates a new version."
        actions={
          canWrite(ctx) && (
            <Link href={`${PATH}/new`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
              New plan
            </Link>
          )
        }
      />
      <FilterBar path={PATH} isFiltered={isFiltered} exportHref={listHref("/api/admin/exports/plans", filters)}>
        <TextField label="Search" type="search" name="q" defaultValue={filters.q} placeholder="Code or name" />
        <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={STATUS_OPTIONS} />
        <SelectField
          label="Product"
          name="product_id"
          defaultValue={filters.product_id ?? ""}
          options={[{ value: "", label: "Any product" }, ...products.map((product) => ({ value: product.id, label: product.label }))]}
        />
        {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      </FilterBar>
      {page ? (
        <>
          <PlanTable
            plans={page.data}
            sort={{ code: sortLink("code"), created_at: sortLink("created_at") }}
            empty={isFiltered ? "No plan matches these filters." : "No plans yet. Create one to start selling subscriptions."}
          />
          <CursorPagination path={PATH} filters={filters} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      ) : (
        <FormError message={query.error?.issues[0]?.message} />
      )}
    </>
  );
}
