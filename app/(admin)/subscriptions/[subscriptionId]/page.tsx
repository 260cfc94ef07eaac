import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { ChangePlanForm, ChangeQuantityForm } from "@/components/subscriptions/change-forms";
import { LifecycleActions } from "@/components/subscriptions/lifecycle-actions";
import { SubscriptionStatusBadge } from "@/components/subscriptions/status-badge";
import { SubscriptionTimeline } from "@/components/subscriptions/timeline";
import { UpcomingInvoice } from "@/components/subscriptions/upcoming-invoice";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SuccessMessage } from "@/components/ui/success-message";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { AppError } from "@/lib/errors";
import { listPlansQuerySchema } from "@/lib/schemas/plan";
import type { SubscriptionItemDto } from "@/lib/schemas/subscription";
import { canWrite } from "@/lib/services/context";
import { getPlan } from "@/lib/services/plans/get-plan";
import { listPlans } from "@/lib/services/plans/list-plans";
import { getCurrentPeriod } from "@/lib/services/subscriptions/current-period";
import { getSubscription } from "@/lib/services/subscriptions/get-subscription";
import { listScheduledChanges } from "@/lib/services/subscriptions/list-scheduled-changes";
import { listSubscriptionEvents } from "@/lib/services/subscriptions/list-subscription-events";
import { previewUpcomingInvoice } from "@/lib/services/subscriptions/preview-upcoming-invoice";
import { getSubscriptionNames } from "@/lib/services/subscriptions/subscription-names";
import { searchParam, type SearchParams } from "../../search-params";
import {
  cancelScheduledChangeAction,
  cancelSubscriptionAction,
  changePlanAction,
  changeQuantityAction,
  pauseSubscriptionAction,
  resumeSubscriptionAction,
  undoCancelAction,
} from "../actions";

export const metadata = { title: "Subscription" };

const none = <span className="text-slate-400">—</span>;
const orNotFound = (error: unknown): never => {
  if (error instanceof AppError && error.code === "not_found") notFound();
  throw error;
};

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

/** The price an item was opened with, in words: "29 flat", "12 per seat". */
function priceText(item: SubscriptionItemDto): string {
  const { model, ...properties } = item.price as { model: string } & Record<string, unknown>;
  const amount = properties.amount ?? properties.unit_price;
  return typeof amount === "string" ? `${amount} ${model.replaceAll("_", " ")}` : model.replaceAll("_", " ");
}

const takesQuantity = (item: SubscriptionItemDto) => item.kind === "recurring" && ["per_unit", "per_seat"].includes((item.price as { model: string }).model);

export default async function SubscriptionPage({ params, searchParams }: { params: Promise<{ subscriptionId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { subscriptionId } = await params;
  const justCreated = searchParam(await searchParams, "created") === "1";
  const subscription = await getSubscription(ctx, subscriptionId).catch(orNotFound);
  const [names, plan, events, changes, upcoming, plans, period] = await Promise.all([
    getSubscriptionNames(ctx, [subscription]),
    getPlan(ctx, subscription.plan_id),
    listSubscriptionEvents(ctx, subscription.id, { limit: 100 }),
    listScheduledChanges(ctx, subscription.id),
    previewUpcomingInvoice(ctx, subscription.id).catch((error: unknown) => (error instanceof AppError && error.code === "invalid_state" ? null : Promise.reject(error))),
    listPlans(ctx, listPlansQuerySchema.parse({ status: "active", currency: subscription.currency, limit: "100" })),
    getCurrentPeriod(ctx, subscription.id),
  ]);
  const writable = canWrite(ctx);
  const live = ["trialing", "active", "past_due"].includes(subscription.status);
  const openItems = subscription.items.filter((item) => item.active_until === null);
  const interval = plan.current_version.billing_interval;
  const otherPlans = plans.data
    .filter((candidate) => candidate.current_version.id !== subscription.plan_version_id && candidate.current_version.billing_interval === interval && candidate.current_version.interval_count === plan.current_version.interval_count)
    .map((candidate) => ({ value: candidate.id, label: candidate.name }));

  return (
    <>
      <PageHeader
        title={`${names.customers[subscription.customer_id] ?? subscription.customer_id} on ${plan.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{subscription.id}</span>
            <SubscriptionStatusBadge subscription={subscription} />
          </span>
        }
      />
      {justCreated && <SuccessMessage message="Subscription created." />}
      {!writable && <ReadOnlyNotice />}
      {writable && (
        <LifecycleActions
          subscription={subscription}
          pause={pauseSubscriptionAction.bind(null, subscription.id)}
          resume={resumeSubscriptionAction.bind(null, { subscriptionId: subscription.id })}
          cancel={cancelSubscriptionAction.bind(null, subscription.id)}
          undoCancel={undoCancelAction.bind(null, { subscriptionId: subscription.id })}
        />
      )}
      <Section title="Details">
        <Details
          items={[
            ["Customer", <Link key="customer" href={`/customers/${subscription.customer_id}`} className="text-brand-700 hover:underline">{names.customers[subscription.customer_id] ?? subscription.customer_id}</Link>],
            ["Plan", <Link key="plan" href={`/catalog/plans/${subscription.plan_id}`} className="text-brand-700 hover:underline">{plan.name}</Link>],
            ["Currency", subscription.currency],
            ["Started", <LocalTime key="started" iso={subscription.started_at} />],
            ["Trial ends", subscription.trial_end ? <LocalTime key="trial" iso={subscription.trial_end} /> : null],
            ["Current period", period ? <span key="period"><LocalTime iso={period.start} /> – <LocalTime iso={period.end} /></span> : null],
            ["Next billing", subscription.next_billing_at ? <LocalTime key="next" iso={subscription.next_billing_at} /> : null],
            ["Billing", `${subscription.billing_alignment}, ${subscription.time_zone}, proration ${subscription.proration_mode.replaceAll("_", " ")}`],
            ["Payment terms", subscription.payment_terms_days === null ? "Customer's terms" : `${subscription.payment_terms_days} days`],
            ["Canceled", subscription.canceled_at ? <LocalTime key="canceled" iso={subscription.canceled_at} /> : null],
            ["Ended", subscription.ended_at ? <LocalTime key="ended" iso={subscription.ended_at} /> : null],
            ["Cancel reason", subscription.cancel_reason],
          ]}
        />
      </Section>
      <Section title="Items">
        <DataTable
          caption="Items"
          rows={subscription.items}
          rowKey={(item) => item.id}
          empty="No items."
          columns={[
            { header: "Charge", cell: (item) => <span>{item.description} <span className="font-mono text-xs text-slate-500">{item.key}</span></span> },
            { header: "Kind", cell: (item) => `${item.kind.replace("_", "-")}, ${item.timing.replace("_", " ")}` },
            { header: "Quantity", cell: (item) => item.quantity },
            { header: "Price", cell: (item) => `${priceText(item)} ${subscription.currency}` },
            { header: "From", cell: (item) => <LocalTime iso={item.active_from} /> },
            { header: "Until", cell: (item) => (item.active_until ? <LocalTime iso={item.active_until} /> : "Active") },
          ]}
        />
      </Section>
      <Section title="Next invoice">
        <UpcomingInvoice invoice={upcoming} />
      </Section>
      <Section title="Scheduled changes">
        <DataTable
          caption="Scheduled changes"
          rows={changes.data}
          rowKey={(change) => change.id}
          empty="No scheduled change."
          columns={[
            { header: "Change", cell: (change) => (change.kind === "cancel" ? "Cancellation" : `Plan change to ${(change.details as { plan_id?: string }).plan_id === subscription.plan_id ? plan.name : "another plan"}`) },
            { header: "Effective", cell: (change) => <LocalTime iso={change.effective_at} /> },
            { header: "Status", cell: (change) => change.status },
            {
              header: "Actions",
              hideHeader: true,
              cell: (change) =>
                writable && change.status === "pending" ? (
                  <ConfirmButton
                    label="Cancel change"
                    title="Cancel this scheduled change?"
                    description={change.kind === "cancel" ? "The subscription will renew as usual." : "The subscription stays on its current plan and quantities."}
                    action={cancelScheduledChangeAction.bind(null, { subscriptionId: subscription.id, changeId: change.id })}
                  />
                ) : null,
            },
          ]}
        />
      </Section>
      {writable && live && (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <ChangePlanForm plans={otherPlans} changePlan={changePlanAction.bind(null, subscription.id)} />
          <ChangeQuantityForm
            items={openItems.filter(takesQuantity).map((item) => ({ key: item.key, label: item.description, quantity: item.quantity }))}
            changeQuantity={changeQuantityAction.bind(null, subscription.id)}
          />
        </div>
      )}
      <Section title="Timeline">
        <SubscriptionTimeline events={events.data} />
      </Section>
    </>
  );
}
