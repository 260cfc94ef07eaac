import Link from "next/link";
import { NewSubscriptionForm } from "@/components/subscriptions/new-subscription-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listCustomersQuerySchema } from "@/lib/schemas/customer";
import { listPlansQuerySchema } from "@/lib/schemas/plan";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { canWrite } from "@/lib/services/context";
import { listCustomers } from "@/lib/services/customers/list-customers";
import { listPlans } from "@/lib/services/plans/list-plans";
import { searchParam, type SearchParams } from "../../search-params";
import { createSubscriptionAction } from "../actions";

export const metadata = { title: "New subscription" };

export default async function NewSubscriptionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const customerId = searchParam(await searchParams, "customer_id");
  const [customers, plans] = await Promise.all([
    listCustomers(ctx, listCustomersQuerySchema.parse({ status: "active", sort: "name", limit: "100" })),
    listPlans(ctx, listPlansQuerySchema.parse({ status: "active", limit: "100" })),
  ]);
  return (
    <>
      <PageHeader title="New subscription" description="Subscribe a customer to a plan." />
      {!canWrite(ctx) ? (
        <ReadOnlyNotice />
      ) : customers.data.length === 0 || plans.data.length === 0 ? (
        <EmptyState
          title={customers.data.length === 0 ? "No active customer" : "No active plan"}
          description="A subscription needs an active customer and an active plan."
          action={
            <Link href={customers.data.length === 0 ? "/customers/new" : "/catalog/plans"} className="text-sm font-semibold text-brand-700 hover:underline">
              {customers.data.length === 0 ? "New customer" : "Plans"}
            </Link>
          }
        />
      ) : (
        <div className="max-w-3xl">
        <NewSubscriptionForm
          customers={customers.data.map((customer) => ({ value: customer.id, label: `${customer.name} (${customer.account_number})` }))}
          plans={plans.data}
          customerId={customerId}
          create={createSubscriptionAction}
        />
        </div>
      )}
    </>
  );
}
