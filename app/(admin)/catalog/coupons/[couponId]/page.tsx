import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { ArchiveButton } from "@/components/coupons/archive-button";
import { CouponEditForm } from "@/components/coupons/coupon-edit-form";
import { COUPON_STATUS_LABELS, COUPON_STATUS_TONES, discountLabel, durationLabel } from "@/components/coupons/coupon-format";
import { DiscountCodeTable } from "@/components/coupons/discount-code-table";
import { EligibilityChecker } from "@/components/coupons/eligibility-checker";
import { GenerateCodesForm } from "@/components/coupons/generate-codes-form";
import { RedemptionTable } from "@/components/coupons/redemption-table";
import { Badge } from "@/components/ui/badge";
import { CursorPagination } from "@/components/ui/cursor-pagination";
import { SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SuccessMessage } from "@/components/ui/success-message";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { listDiscountCodesQuerySchema } from "@/lib/schemas/coupon";
import { canWrite } from "@/lib/services/context";
import { getCoupon } from "@/lib/services/coupons/get-coupon";
import { listCouponRedemptions } from "@/lib/services/coupons/list-coupon-redemptions";
import { listDiscountCodes } from "@/lib/services/coupons/list-discount-codes";
import { searchParam, type SearchParams } from "../../../search-params";
import { archiveCouponAction, archiveDiscountCodeAction, checkEligibilityAction, generateDiscountCodesAction, updateCouponAction } from "../actions";

export const metadata = { title: "Coupon" };

const PAGE_SIZE = 25;
const REDEEMED_OPTIONS = [
  { value: "", label: "All codes" },
  { value: "false", label: "Unredeemed" },
  { value: "true", label: "Redeemed" },
];

type Props = { params: Promise<{ couponId: string }>; searchParams: Promise<SearchParams> };

export default async function CouponPage({ params, searchParams }: Props) {
  const ctx = await requireAdmin();
  const { couponId } = await params;
  const query = await searchParams;
  const coupon = await getCoupon(ctx, couponId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const path = `/catalog/coupons/${coupon.id}`;
  const codeFilters = { redeemed: searchParam(query, "redeemed") };
  const codesAfter = searchParam(query, "starting_after");
  const codesQuery = listDiscountCodesQuerySchema.safeParse({ limit: String(PAGE_SIZE), redeemed: codeFilters.redeemed, starting_after: codesAfter });
  const codes = await listDiscountCodes(ctx, coupon.id, codesQuery.success ? codesQuery.data : { limit: PAGE_SIZE });
  const redemptions = await listCouponRedemptions(ctx, coupon.id, { limit: 50 });
  const writable = canWrite(ctx) && coupon.status !== "archived";

  const facts: [string, React.ReactNode][] = [
    ["Discount", discountLabel(coupon)],
    ["Duration", durationLabel(coupon)],
    ["Redeemed", `${coupon.times_redeemed}${coupon.max_redemptions === null ? " (no limit)" : ` of ${coupon.max_redemptions}`}`],
    ["Per customer", coupon.max_redemptions_per_customer ?? "No limit"],
    ["Expires", <LocalTime key="expires" iso={coupon.expires_at} fallback="Never" />],
    ["Plans", coupon.plan_ids.length ? coupon.plan_ids.join(", ") : "Every plan"],
    ["Metadata", Object.keys(coupon.metadata).length ? Object.entries(coupon.metadata).map(([k, v]) => `${k}=${v}`).join(", ") : "—"],
    ["Created", <LocalTime key="created" iso={coupon.created_at} />],
  ];

  return (
    <>
      <PageHeader
        title={coupon.name}
        description={
          <>
            <code className="font-mono font-semibold text-slate-900">{coupon.code}</code> · <Badge tone={COUPON_STATUS_TONES[coupon.status]}>{COUPON_STATUS_LABELS[coupon.status]}</Badge>
          </>
        }
        actions={
          <>
            <Link href="/catalog/coupons" className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
              ← All coupons
            </Link>
            {writable && (
              <ArchiveButton
                label="Archive"
                title={`Archive the coupon ${coupon.code}?`}
                description="Neither its code nor its discount codes can be redeemed any more. Redemptions so far keep their discount. This cannot be undone."
                action={archiveCouponAction}
                input={{ couponId: coupon.id }}
              />
            )}
          </>
        }
      />
      {searchParam(query, "created") && <SuccessMessage message={`Coupon ${coupon.code} created.`} />}
      {!canWrite(ctx) && <ReadOnlyNotice />}

      <dl className="mt-4 grid gap-x-6 gap-y-3 rounded-lg bg-white p-5 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="mt-1 text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        {writable && <CouponEditForm coupon={coupon} updateCouponAction={updateCouponAction} />}
        <EligibilityChecker defaultCode={coupon.code} checkEligibilityAction={checkEligibilityAction} />
      </div>

      <Section title="Discount codes">
        {writable && (
          <div className="mb-4 max-w-3xl">
            <GenerateCodesForm couponId={coupon.id} generateDiscountCodesAction={generateDiscountCodesAction} />
          </div>
        )}
        <FilterBar path={path} isFiltered={Boolean(codeFilters.redeemed)}>
          <SelectField label="Codes" name="redeemed" defaultValue={codeFilters.redeemed ?? ""} options={REDEEMED_OPTIONS} />
        </FilterBar>
        <DiscountCodeTable codes={codes.data} canWrite={writable} archiveDiscountCodeAction={archiveDiscountCodeAction} />
        <CursorPagination path={path} filters={codeFilters} nextCursor={codes.next_cursor} isFirstPage={!codesAfter} />
      </Section>

      <Section title="Redemptions">
        <RedemptionTable redemptions={redemptions.data} />
        {redemptions.has_more && <p className="mt-2 text-sm text-slate-500">The 50 most recent; the API lists them all (GET /api/v1/coupons/{coupon.id}/redemptions).</p>}
      </Section>
    </>
  );
}
