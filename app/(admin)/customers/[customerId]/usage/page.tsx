import Link from "next/link";
import { notFound } from "next/navigation";
import { customerDetailTabs } from "@/components/admin/nav-items";
import { SectionTabs } from "@/components/admin/section-tabs";
import { CustomerUsagePanel } from "@/components/usage/customer-usage-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { getCustomerUsage } from "@/lib/services/usage/get-customer-usage";

export const metadata = { title: "Customer usage" };

export default async function CustomerUsagePage({ params }: { params: Promise<{ customerId: string }> }) {
  const ctx = await requireAdmin();
  const { customerId } = await params;
  const customer = await getCustomer(ctx, customerId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const usage = await getCustomerUsage(ctx, customer.id);
  return (
    <>
      <PageHeader
        title={customer.name}
        description={<span className="font-mono">{customer.account_number}</span>}
        actions={
          <Link href={`/usage/events?customer_id=${customer.id}`} className="rounded-md px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Live events
          </Link>
        }
      />
      <SectionTabs label="Customer pages" tabs={customerDetailTabs(customer.id)} />
      <CustomerUsagePanel customerId={customer.id} locale={customer.effective.locale} initial={usage} />
    </>
  );
}
