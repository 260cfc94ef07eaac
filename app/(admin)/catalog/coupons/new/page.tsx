import Link from "next/link";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CouponForm } from "@/components/coupons/coupon-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCurrencies } from "@/lib/billing/currency";
import { canWrite } from "@/lib/services/context";
import { createCouponAction } from "../actions";

export const metadata = { title: "New coupon" };

export default async function NewCouponPage() {
  const ctx = await requireAdmin();
  return (
    <>
      <PageHeader
        title="New coupon"
        actions={
          <Link href="/catalog/coupons" className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
            ← All coupons
          </Link>
        }
      />
      {canWrite(ctx) ? (
        <div className="max-w-3xl">
          <CouponForm currencies={listCurrencies()} createCouponAction={createCouponAction} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
    </>
  );
}
