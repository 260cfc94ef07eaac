import Link from "next/link";
import { notFound } from "next/navigation";
import { customerDetailTabs } from "@/components/admin/nav-items";
import { SectionTabs } from "@/components/admin/section-tabs";
import { CustomerUsagePanel } from "@/components/usage/customer-usage-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { UsageLimitTable } from "@/components/usage-limits/usage-limit-table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { getCustomerUsage } from "@/lib/services/usage/get-customer-usage";
import { listUsageLimits } from "@/lib/services/usage-limits/list-usage-limits";
import { toLimitRow } from "../../../usage/limits/rows";

export const metadata = { title: "Customer usage" };

export default async function CustomerUsagePage({ params }: { params: Promise<{ customerId: string }> }) {
  const ctx = await requireAdmin();
  const { customerId } = await params;
  const customer = await getCustomer(ctx, customerId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [usage, limits] = await Promise.all([
    getCustomerUsage(ctx, customer.id),
    listUsageLimits(ctx, { customer_id: customer.id, status: "active", limit: 100, sort: "-created_at" }),
  ]);
  const names = new Map([[customer.id, customer.name]]);
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
      <Section title="Usage limits">
        <UsageLimitTable rows={limits.data.map((limit) => toLimitRow(limit, names))} empty="No usage limits on this customer's usage." />
        <p className="mt-2 text-sm">
          <Link href={`/usage/limits?customer_id=${customer.id}`} className="text-brand-700 hover:underline">
            Manage this customer&apos;s limits
          </Link>
        </p>
      </Section>
    </>
  );
}
