import Link from "next/link";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CouponTable } from "@/components/coupons/coupon-table";
import { columnSort, listHref } from "@/components/ui/list-href";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCouponsQuerySchema } from "@/lib/schemas/coupon";
import { canWrite } from "@/lib/services/context";
import { listCoupons } from "@/lib/services/coupons/list-coupons";
import { searchParam, type SearchParams } from "../../search-params";

export const metadata = { title: "Coupons" };

const PATH = "/catalog/coupons";
const PAGE_SIZE = 25;
const STATUS_OPTIONS = [
  { value: "", label: "Any status" },
  { value: "active", label: "Active" },
  { value: "expired", label: "Expired" },
  { value: "archived", label: "Archived" },
];

export default async function CouponsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const params = await searchParams;
  const filters = { q: searchParam(params, "q"), status: searchParam(params, "status"), sort: searchParam(params, "sort") };
  const startingAfter = searchParam(params, "starting_after");
  const query = listCouponsQuerySchema.safeParse({ ...filters, limit: String(PAGE_SIZE), starting_after: startingAfter });
  const page = query.success ? await listCoupons(ctx, query.data) : undefined;
  const isFiltered = Boolean(filters.q || filters.status);
  const newCoupon = canWrite(ctx) && (
    <Link href={`${PATH}/new`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
      New coupon
    </Link>
  );

  return (
    <>
      <PageHeader title="Coupons" description="Percentage or fixed-amount discounts, redeemed with a code at checkout or on a subscription." actions={newCoupon} />
      {!canWrite(ctx) && <ReadOnlyNotice />}
      <FilterBar path={PATH} isFiltered={isFiltered} exportHref={listHref("/api/admin/exports/coupons", filters)}>
        <TextField label="Search" name="q" type="search" defaultValue={filters.q} placeholder="Code or name" />
        <SelectField label="Status" name="status" defaultValue={filters.status ?? ""} options={STATUS_OPTIONS} />
        {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      </FilterBar>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState title="No coupons yet" description="Create a coupon, then share its code or generate single-use codes from it." action={newCoupon} />
      ) : (
        <>
          <CouponTable coupons={page.data} sort={{ code: columnSort(PATH, filters, "code", query.data?.sort), created_at: columnSort(PATH, filters, "created_at", query.data?.sort) }} />
          <CursorPagination path={PATH} filters={filters} nextCursor={page.next_cursor} isFirstPage={!startingAfter} />
        </>
      )}
    </>
  );
}
