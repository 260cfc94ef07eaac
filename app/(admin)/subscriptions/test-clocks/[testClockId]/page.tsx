import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import { AdvanceTestClockForm, AttachCustomerForm } from "@/components/subscriptions/test-clock-forms";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SuccessMessage } from "@/components/ui/success-message";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { listCustomersQuerySchema } from "@/lib/schemas/customer";
import { listSubscriptionsQuerySchema } from "@/lib/schemas/subscription";
import { canWrite } from "@/lib/services/context";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { listCustomers } from "@/lib/services/customers/list-customers";
import { listSubscriptions } from "@/lib/services/subscriptions/list-subscriptions";
import { getSubscriptionNames } from "@/lib/services/subscriptions/subscription-names";
import { getTestClock } from "@/lib/services/test-clocks/get-test-clock";
import { searchParam, type SearchParams } from "../../../search-params";
import { advanceTestClockAction, attachTestClockCustomerAction } from "../actions";

export const metadata = { title: "Test clock" };

export default async function TestClockPage({ params, searchParams }: { params: Promise<{ testClockId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { testClockId } = await params;
  const justCreated = searchParam(await searchParams, "created") === "1";
  const clock = await getTestClock(ctx, testClockId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [customers, subscriptions, candidates] = await Promise.all([
    Promise.all(clock.customer_ids.map((customerId) => getCustomer(ctx, customerId))),
    Promise.all(clock.customer_ids.map((customerId) => listSubscriptions(ctx, listSubscriptionsQuerySchema.parse({ customer_id: customerId, limit: "100" })))),
    listCustomers(ctx, listCustomersQuerySchema.parse({ status: "active", sort: "name", limit: "100" })),
  ]);
  const rows = subscriptions.flatMap((page) => page.data);
  const names = await getSubscriptionNames(ctx, rows);
  const writable = canWrite(ctx);

  return (
    <>
      <PageHeader
        title={clock.name}
        description={
          <span>
            <span className="font-mono">{clock.id}</span> · clock time <LocalTime iso={clock.frozen_time} />
          </span>
        }
      />
      {justCreated && <SuccessMessage message="Test clock created." />}
      {!writable && <ReadOnlyNotice />}
      {writable && (
        <div className="grid gap-6 lg:grid-cols-2">
          <AdvanceTestClockForm clock={clock} advance={advanceTestClockAction.bind(null, clock.id)} />
          <AttachCustomerForm
            customers={candidates.data.filter((customer) => !clock.customer_ids.includes(customer.id)).map((customer) => ({ value: customer.id, label: `${customer.name} (${customer.account_number})` }))}
            attach={attachTestClockCustomerAction.bind(null, clock.id)}
          />
        </div>
      )}
      <Section title="Customers">
        <DataTable
          caption="Customers on this clock"
          rows={customers}
          rowKey={(customer) => customer.id}
          empty="No customer on this clock yet."
          columns={[
            {
              header: "Customer",
              cell: (customer) => (
                <Link href={`/customers/${customer.id}`} className="font-medium text-brand-700 hover:underline">
                  {customer.name}
                </Link>
              ),
            },
            { header: "Account", cell: (customer) => <span className="font-mono text-xs">{customer.account_number}</span> },
            {
              header: "Subscribe",
              hideHeader: true,
              cell: (customer) =>
                writable && (
                  <Link href={`/subscriptions/new?customer_id=${customer.id}`} className="text-sm text-brand-700 hover:underline">
                    New subscription
                  </Link>
                ),
            },
          ]}
        />
      </Section>
      <Section title="Subscriptions">
        <DataTable
          caption="Subscriptions on this clock"
          rows={rows}
          rowKey={(row) => row.id}
          empty="No subscription on this clock yet."
          columns={[
            {
              header: "Subscription",
              cell: (row) => (
                <Link href={`/subscriptions/${row.id}`} className="font-mono text-xs font-medium text-brand-700 hover:underline">
                  {row.id}
                </Link>
              ),
            },
            { header: "Customer", cell: (row) => names.customers[row.customer_id] ?? row.customer_id },
            { header: "Plan", cell: (row) => names.plans[row.plan_id] ?? row.plan_id },
            { header: "Status", cell: (row) => <SubscriptionStatusBadge subscription={row} /> },
            { header: "Next billing", cell: (row) => <LocalTime iso={row.next_billing_at} /> },
          ]}
        />
      </Section>
    </>
  );
}
