import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { ArchiveButton } from "@/components/coupons/archive-button";
import { TaxRateForm } from "@/components/tax-rates/tax-rate-form";
import { taxRateLabel } from "@/components/tax-rates/tax-rate-table";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { canWrite } from "@/lib/services/context";
import { getTaxRate } from "@/lib/services/tax-rates/get-tax-rate";
import { archiveTaxRateAction, updateTaxRateAction } from "../actions";

export const metadata = { title: "Tax rate" };

export default async function TaxRatePage({ params }: { params: Promise<{ taxRateId: string }> }) {
  const ctx = await requireAdmin();
  const { taxRateId } = await params;
  const rate = await getTaxRate(ctx, taxRateId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const writable = canWrite(ctx) && !rate.archived_at;
  return (
    <>
      <PageHeader
        title={`${rate.name} ${taxRateLabel(rate)}`}
        description={
          <>
            <code className="font-mono font-semibold text-slate-900">{rate.code}</code> · {rate.archived_at ? <Badge>Archived</Badge> : <Badge tone="success">Active</Badge>}
          </>
        }
        actions={
          <>
            <Link href="/catalog/tax-rates" className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
              ← All tax rates
            </Link>
            {writable && (
              <ArchiveButton
                label="Archive"
                title={`Archive the tax rate ${rate.code}?`}
                description="It is no longer applied to new invoices, by default or to the customers who have it. Issued invoices keep it. This cannot be undone."
                action={archiveTaxRateAction}
                input={{ taxRateId: rate.id }}
              />
            )}
          </>
        }
      />
      {writable ? (
        <div className="max-w-3xl">
          <TaxRateForm mode="edit" taxRate={rate} updateTaxRateAction={updateTaxRateAction} />
        </div>
      ) : (
        !canWrite(ctx) && <ReadOnlyNotice />
      )}
    </>
  );
}
