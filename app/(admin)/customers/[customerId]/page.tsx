import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { customerDetailTabs } from "@/components/admin/nav-items";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { SectionTabs } from "@/components/admin/section-tabs";
import { ContactsPanel } from "@/components/customers/contacts-panel";
import { DataPrivacyActions } from "@/components/customers/data-privacy-actions";
import { CustomerStatusBadge } from "@/components/customers/status-badge";
import { StatusActions } from "@/components/customers/status-actions";
import { CustomerPriceOverrides } from "@/components/plans/customer-price-overrides";
import { CustomerTaxRates } from "@/components/tax-rates/customer-tax-rates";
import { BalanceAdjustmentForm } from "@/components/invoices/balance-adjustment-form";
import { CustomerBalance } from "@/components/invoices/customer-balance";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SuccessMessage } from "@/components/ui/success-message";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import type { AddressDto, CustomerStatusChangeDto } from "@/lib/schemas/customer";
import type { PriceOverrideDto } from "@/lib/schemas/price-override";
import { listTaxRatesQuerySchema } from "@/lib/schemas/tax-rate";
import { getCustomerBalance } from "@/lib/services/customer-balance/get-customer-balance";
import { listBalanceTransactions } from "@/lib/services/customer-balance/list-balance-transactions";
import { getCustomerGroup } from "@/lib/services/customer-groups/get-customer-group";
import { canWrite, type Ctx } from "@/lib/services/context";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { getCustomerHistory } from "@/lib/services/customers/get-customer-history";
import { listCustomerContacts } from "@/lib/services/customers/list-customer-contacts";
import { getPlan } from "@/lib/services/plans/get-plan";
import { listPriceOverrides } from "@/lib/services/price-overrides/list-price-overrides";
import { getCustomerTaxRates } from "@/lib/services/tax-rates/get-customer-tax-rates";
import { listTaxRates } from "@/lib/services/tax-rates/list-tax-rates";
import { setCustomerTaxRatesAction } from "../../catalog/tax-rates/actions";
import { CustomerSubscriptions } from "@/components/subscriptions/customer-subscriptions";
import { listSubscriptionsQuerySchema } from "@/lib/schemas/subscription";
import { listSubscriptions } from "@/lib/services/subscriptions/list-subscriptions";
import { getSubscriptionNames } from "@/lib/services/subscriptions/subscription-names";
import { searchParam, type SearchParams } from "../../search-params";
import { adjustCustomerBalanceAction } from "./balance-actions";
import { addCustomerContactAction, anonymizeCustomerAction, deleteCustomerAction, removeCustomerContactAction, setCustomerStatusAction } from "../actions";

export const metadata = { title: "Customer" };

const none = <span className="text-slate-400">—</span>;

function Address({ address }: { address: AddressDto | null }) {
  if (!address) return none;
  return (
    <address className="not-italic">
      {[address.line1, address.line2, [address.postal_code, address.city].filter(Boolean).join(" "), address.region, address.country].filter(Boolean).map((line) => (
        <div key={line}>{line}</div>
      ))}
    </address>
  );
}

function Details({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-lg bg-white p-5 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-3">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt className="font-medium text-slate-500">{label}</dt>
          <dd className="mt-0.5 text-slate-900">{value ?? none}</dd>
        </div>
      ))}
    </dl>
  );
}

const CHANGE_LABELS: Record<CustomerStatusChangeDto["action"], string> = {
  create: "Created",
  disable: "Disabled",
  enable: "Enabled",
  archive: "Archived",
  anonymize: "Anonymized",
};

/** The customer's own price overrides, then its group's, with the names of their plans. */
async function customerPriceOverrides(ctx: Ctx, customerId: string, groupId: string | null) {
  const [own, viaGroup] = await Promise.all([
    listPriceOverrides(ctx, { customer_id: customerId, limit: 100 }),
    groupId ? listPriceOverrides(ctx, { customer_group_id: groupId, limit: 100 }) : null,
  ]);
  const overrides: PriceOverrideDto[] = [...own.data, ...(viaGroup?.data ?? [])];
  const planIds = [...new Set(overrides.map((override) => override.plan_id))];
  const plans = await Promise.all(planIds.map((planId) => getPlan(ctx, planId)));
  return { overrides, planNames: Object.fromEntries(plans.map((plan) => [plan.id, plan.name])) };
}

export default async function CustomerPage({ params, searchParams }: { params: Promise<{ customerId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { customerId } = await params;
  const justCreated = searchParam(await searchParams, "created") === "1";
  const customer = await getCustomer(ctx, customerId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [contacts, history, group, taxRates, activeTaxRates, priceOverrides] = await Promise.all([
    listCustomerContacts(ctx, customer.id),
    getCustomerHistory(ctx, customer.id),
    customer.group_id ? getCustomerGroup(ctx, customer.group_id) : null,
    getCustomerTaxRates(ctx, customer.id),
    listTaxRates(ctx, listTaxRatesQuerySchema.parse({ status: "active", sort: "code", limit: "100" })),
    customerPriceOverrides(ctx, customer.id, customer.group_id),
  ]);
  const [balance, balanceTransactions] = await Promise.all([getCustomerBalance(ctx, customer.id), listBalanceTransactions(ctx, customer.id, { limit: 10 })]);
  const writable = canWrite(ctx);
  const editable = writable && customer.status !== "archived";
  const effective = customer.effective;

  return (
    <>
      <PageHeader
        title={customer.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{customer.account_number}</span>
            <CustomerStatusBadge status={customer.status} />
            {customer.anonymized_at && <Badge tone="neutral">Anonymized</Badge>}
          </span>
        }
        actions={
          editable && (
            <Link href={`/customers/${customer.id}/edit`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
              Edit
            </Link>
          )
        }
      />
      <SectionTabs label="Customer pages" tabs={customerDetailTabs(customer.id)} />
      {justCreated && <SuccessMessage message="Customer created." />}
      {!writable && <ReadOnlyNotice />}
      <Section title="Details">
        <Details
          items={[
            ["Email", customer.email],
            ["Phone", customer.phone],
            ["Type", customer.type === "company" ? "Company" : "Individual"],
            ["External reference", customer.external_ref],
            ["Tax id", customer.tax_id],
            ["Tax", [customer.tax_exempt && "Tax exempt", customer.reverse_charge && "Reverse charge"].filter(Boolean).join(", ") || "Standard"],
            ["Group", group ? <Link href={`/customers/groups/${group.id}`} className="text-brand-700 hover:underline">{group.name}</Link> : null],
            ["Billing address", <Address key="billing" address={customer.billing_address} />],
            ["Shipping address", <Address key="shipping" address={customer.shipping_address} />],
            ["Created", <LocalTime key="created" iso={customer.created_at} />],
            ["Notes", customer.notes],
            [
              "Metadata",
              Object.keys(customer.metadata).length ? (
                <ul>
                  {Object.entries(customer.metadata).map(([key, value]) => (
                    <li key={key}>
                      <code className="font-mono text-xs">{key}</code> = {value}
                    </li>
                  ))}
                </ul>
              ) : null,
            ],
          ]}
        />
      </Section>
      <Section title="Billing settings">
        <p className="mb-2 text-sm text-slate-600">What billing uses: the customer&apos;s own value, or its group&apos;s default where the customer&apos;s is unset.</p>
        <Details
          items={[
            ["Currency", effective.preferred_currency],
            ["Locale", effective.locale],
            ["Payment terms", effective.payment_terms_days === 0 ? "Due on receipt" : `${effective.payment_terms_days} days`],
            ["Tax exempt", effective.tax_exempt ? "Yes" : "No"],
          ]}
        />
      </Section>
      <Section title="Tax rates">
        <CustomerTaxRates
          customerId={customer.id}
          assigned={taxRates.tax_rates}
          available={activeTaxRates.data}
          canWrite={editable}
          setCustomerTaxRatesAction={setCustomerTaxRatesAction}
        />
      </Section>
      <Section title="Price overrides">
        <CustomerPriceOverrides overrides={priceOverrides.overrides} planNames={priceOverrides.planNames} group={group} />
      </Section>
      <Section title="Subscriptions">
        <CustomerSubscriptionsSection ctx={ctx} customerId={customer.id} canWrite={editable} />
      </Section>
      <Section title="Balance">
        <div className="space-y-4">
          <CustomerBalance customerId={customer.id} balance={balance} transactions={balanceTransactions.data} />
          {editable && <BalanceAdjustmentForm defaultCurrency={effective.preferred_currency ?? "EUR"} adjust={adjustCustomerBalanceAction.bind(null, customer.id)} />}
        </div>
      </Section>
      <Section title="Contacts">
        <ContactsPanel
          customerId={customer.id}
          contacts={contacts.data}
          canWrite={editable}
          addContact={addCustomerContactAction.bind(null, customer.id)}
          removeContact={removeCustomerContactAction}
        />
      </Section>
      <Section title="Status and history">
        {writable && (
          <div className="mb-4">
            <StatusActions customer={customer} setStatus={setCustomerStatusAction.bind(null, customer.id)} />
          </div>
        )}
        <DataTable
          caption="Status history"
          rows={history.data}
          rowKey={(change) => change.id}
          empty="No history."
          columns={[
            { header: "Change", cell: (change) => CHANGE_LABELS[change.action] },
            { header: "Reason", cell: (change) => change.reason ?? none },
            { header: "By", cell: (change) => change.actor },
            { header: "When", cell: (change) => <LocalTime iso={change.created_at} /> },
          ]}
        />
      </Section>
      <Section title="Data and privacy">
        <DataPrivacyActions customer={customer} canWrite={writable} anonymize={anonymizeCustomerAction} remove={deleteCustomerAction} />
      </Section>
    </>
  );
}

async function CustomerSubscriptionsSection({ ctx, customerId, canWrite }: { ctx: Ctx; customerId: string; canWrite: boolean }) {
  const subscriptions = await listSubscriptions(ctx, listSubscriptionsQuerySchema.parse({ customer_id: customerId, limit: "20" }));
  const names = await getSubscriptionNames(ctx, subscriptions.data);
  return <CustomerSubscriptions customerId={customerId} subscriptions={subscriptions.data} planNames={names.plans} canWrite={canWrite} />;
}
